using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace OcrAsync.Core.Processing;

/// <summary>
/// Refuses PDF decompression bombs before PdfPig or poppler touches the file. PdfPig inflates a Flate stream into one
/// array with no limit (an 8 MB file can hold an object stream that inflates to 8 GiB), so every Flate stream is
/// inflated here first into a small discarded buffer, counting bytes against a per-stream and a per-file budget.
/// Images are judged by their declared pixel size instead: nothing in this service holds a whole decoded image.
/// </summary>
public static class PdfInflationBudget
{
    private const int DictionaryWindow = 64 * 1024;
    private const int BufferLength = 64 * 1024;
    private const int MaxBytesPerPixel = 4;

    /// <exception cref="DocumentLimitExceededException">A stream or the whole file inflates past the budget, or an image is over the pixel limit.</exception>
    public static void Check(ReadOnlyMemory<byte> pdf, DocumentLimitsOptions limits)
    {
        var streamLimit = limits.MaxPdfStreamMegabytes * 1024L * 1024L;
        var fileLimit = limits.MaxPdfInflatedMegabytes * 1024L * 1024L;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferLength);
        try
        {
            long total = 0;
            var span = pdf.Span;
            var position = 0;
            while (FindStreamData(span, position, out var keyword, out var dataStart) is true)
            {
                var dictionary = PdfStreamDictionary.Before(span, keyword, DictionaryWindow);
                // Not past /Length: a false length must not hide the next object's stream (readers find it by offset).
                position = dataStart;
                if (dictionary is { IsImage: true, Width: { } width, Height: { } height })
                {
                    limits.CheckImageSize(width, height, $"An image in the PDF ({dictionary.Describe()})");
                    continue;
                }

                if (dictionary.LeadingFlateFilters == 0)
                {
                    continue;
                }

                // An image whose size is not stated directly may hold as many bytes as the largest allowed image.
                var thisStreamLimit = dictionary.IsImage ? limits.MaxImageMegapixels * 1_000_000L * MaxBytesPerPixel : streamLimit;
                var inflated = CountInflated(pdf[dataStart..], dictionary.LeadingFlateFilters, Math.Min(thisStreamLimit, fileLimit - total) + 1, buffer);
                if (inflated > thisStreamLimit)
                {
                    throw new DocumentLimitExceededException(StreamRefusal((int)(thisStreamLimit / (1024 * 1024)), dictionary.Describe()));
                }

                total += inflated;
                if (total > fileLimit)
                {
                    throw new DocumentLimitExceededException(FileRefusal(limits.MaxPdfInflatedMegabytes));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static string StreamRefusal(int megabytes, string stream) =>
        $"A compressed stream in the PDF ({stream}) inflates to more than {megabytes} MB, the limit per stream: a decompression bomb or a broken file.";

    internal static string FileRefusal(int megabytes) =>
        $"The PDF's compressed streams inflate to more than {megabytes} MB, the limit per file: a decompression bomb or a broken file.";

    /// <summary>The next <c>stream</c> keyword that follows a dictionary (<c>&gt;&gt;</c>), and where its data starts.</summary>
    private static bool FindStreamData(ReadOnlySpan<byte> pdf, int from, out int keyword, out int dataStart)
    {
        keyword = dataStart = -1;
        while (from < pdf.Length)
        {
            var found = pdf[from..].IndexOf("stream"u8);
            if (found < 0)
            {
                return false;
            }

            var at = from + found;
            from = at + 6;
            if (from >= pdf.Length || !PdfStreamDictionary.EndsDictionary(pdf, at))
            {
                continue;
            }

            // The keyword is followed by CRLF or LF (a lone CR from lenient writers is accepted too).
            dataStart = pdf[from] == '\r' && from + 1 < pdf.Length && pdf[from + 1] == '\n' ? from + 2
                : pdf[from] is (byte)'\n' or (byte)'\r' ? from + 1
                : -1;
            if (dataStart >= 0)
            {
                keyword = at;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Inflates through <paramref name="flateLayers"/> nested Flate filters (skipping each zlib header as PdfPig does)
    /// into a discarded buffer; stops at <paramref name="stopAfter"/> bytes. Damaged data ends the count where it breaks.
    /// </summary>
    internal static long CountInflated(ReadOnlyMemory<byte> data, int flateLayers, long stopAfter, byte[] buffer)
    {
        Stream source = MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
        var streams = new List<Stream> { source };
        long count = 0;
        try
        {
            for (var layer = 0; layer < flateLayers; layer++)
            {
                if (source.ReadByte() < 0 || source.ReadByte() < 0)
                {
                    return 0;
                }

                source = new DeflateStream(source, CompressionMode.Decompress, leaveOpen: true);
                streams.Add(source);
            }

            int read;
            while (count < stopAfter && (read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                count += read;
            }
        }
        catch (InvalidDataException)
        {
            // Not valid deflate data from here on: readers stop there too.
        }
        finally
        {
            for (var i = streams.Count - 1; i >= 0; i--)
            {
                streams[i].Dispose();
            }
        }

        return count;
    }
}
