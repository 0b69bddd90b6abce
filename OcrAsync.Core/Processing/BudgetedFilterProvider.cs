using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;

namespace OcrAsync.Core.Processing;

/// <summary>
/// PdfPig's filters under the same budget as <see cref="PdfInflationBudget"/>, for what the raw scan cannot see:
/// streams of encrypted files (decrypted by PdfPig first), filters given by reference or behind another filter. A
/// Flate stream is counted before PdfPig inflates it into memory; every decoded stream adds to the file's total.
/// One instance per document: it keeps the total and the first refusal, in case PdfPig swallows the exception.
/// </summary>
internal sealed class BudgetedFilterProvider : BaseFilterProvider
{
    private readonly Budget _budget;

    public BudgetedFilterProvider(DocumentLimitsOptions limits)
        : this(new Budget(limits))
    {
    }

    private BudgetedFilterProvider(Budget budget)
        : base(CreateFilters(budget)) => _budget = budget;

    /// <summary>Why a stream was refused, or null.</summary>
    public string? Refusal => _budget.Refusal;

    /// <summary>PdfPig's options with this budget; PdfPig catches some exceptions, so check <see cref="Refusal"/> afterwards too.</summary>
    public ParsingOptions Options => new() { FilterProvider = this };

    /// <exception cref="DocumentLimitExceededException">A stream was refused, even if PdfPig carried on without it.</exception>
    public void ThrowIfRefused()
    {
        if (Refusal is { } refusal)
        {
            throw new DocumentLimitExceededException(refusal);
        }
    }

    private static Dictionary<string, IFilter> CreateFilters(Budget budget)
    {
        IFilter Wrap(IFilter filter) => new BudgetedFilter(filter, budget);
        var flate = Wrap(new FlateFilter());
        var ascii85 = Wrap(new Ascii85Filter());
        var asciiHex = Wrap(new AsciiHexDecodeFilter());
        var ccitt = Wrap(new CcittFaxDecodeFilter());
        var dct = Wrap(new DctDecodeFilter());
        var lzw = Wrap(new LzwFilter());
        var runLength = Wrap(new RunLengthFilter());
        return new Dictionary<string, IFilter>(StringComparer.Ordinal)
        {
            ["FlateDecode"] = flate,
            ["Fl"] = flate,
            ["ASCII85Decode"] = ascii85,
            ["A85"] = ascii85,
            ["ASCIIHexDecode"] = asciiHex,
            ["AHx"] = asciiHex,
            ["CCITTFaxDecode"] = ccitt,
            ["CCF"] = ccitt,
            ["DCTDecode"] = dct,
            ["DCT"] = dct,
            ["JBIG2Decode"] = Wrap(new Jbig2DecodeFilter()),
            ["JPXDecode"] = Wrap(new JpxDecodeFilter()),
            ["LZWDecode"] = lzw,
            ["LZW"] = lzw,
            ["RunLengthDecode"] = runLength,
            ["RL"] = runLength,
        };
    }

    private sealed class Budget(DocumentLimitsOptions limits)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private long _total;

        public string? Refusal { get; private set; }

        private long StreamLimit => limits.MaxPdfStreamMegabytes * 1024L * 1024L;

        private long FileLimit => limits.MaxPdfInflatedMegabytes * 1024L * 1024L;

        /// <summary>Counts what Flate data inflates to, without keeping it, before it is inflated for real.</summary>
        public void CheckFlate(ReadOnlyMemory<byte> input)
        {
            var inflated = PdfInflationBudget.CountInflated(input, 1, Math.Min(StreamLimit, FileLimit - _total) + 1, _buffer);
            Check(inflated, add: false);
        }

        public void Add(int decodedBytes) => Check(decodedBytes, add: true);

        private void Check(long bytes, bool add)
        {
            var message = Refusal
                ?? (bytes > StreamLimit ? PdfInflationBudget.StreamRefusal(limits.MaxPdfStreamMegabytes, "a stream PdfPig decodes")
                : _total + bytes > FileLimit ? PdfInflationBudget.FileRefusal(limits.MaxPdfInflatedMegabytes)
                : null);
            if (message is not null)
            {
                Refusal = message;
                throw new DocumentLimitExceededException(message);
            }

            if (add)
            {
                _total += bytes;
            }
        }
    }

    private sealed class BudgetedFilter(IFilter inner, Budget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, UglyToad.PdfPig.Tokens.DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (inner is FlateFilter)
            {
                budget.CheckFlate(input);
            }

            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Add(decoded.Length);
            return decoded;
        }
    }
}
