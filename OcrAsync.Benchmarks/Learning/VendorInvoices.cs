namespace OcrAsync.Benchmarks.Learning;

/// <summary>
/// The invoices of one generated vendor. Its language (Vietnamese for seeds divisible by 3, else English), A4 layout,
/// font, print size, degradation kind and house style (name, address, labels, title, money and date style, number
/// shape: <see cref="InvoiceFactory.Create"/>'s <c>house</c>) are drawn once from the seed; each invoice draws its own
/// number, dates, items, amounts and defect strength.
/// </summary>
internal sealed class VendorInvoices
{
    private static readonly IInvoiceLayout[] Layouts = [.. InvoiceLayouts.All.Where(l => l.ReceiptWidthMm is null)];
    private static readonly int[] Resolutions = [200, 240, 300];

    private readonly int _seed, _houseSeed;
    private readonly InvoiceWording _words;
    private readonly IInvoiceLayout _layout;
    private readonly string _degradation;
    private readonly PageStyle _page;
    private readonly InvoiceTruth _sample;
    private readonly string _money;

    public VendorInvoices(int seed)
    {
        _seed = seed;
        var vendor = new Random(seed);
        _words = Languages.Of(seed % 3 == 0 ? "vi" : "en");
        _layout = Layouts[vendor.Next(Layouts.Length)];
        _degradation = Degradations.All[vendor.Next(Degradations.All.Length)];
        var dpi = _degradation == Degradations.LowResolution ? 150 : Resolutions[vendor.Next(Resolutions.Length)];
        _page = new PageStyle(FontFiles.Invoice[vendor.Next(FontFiles.Invoice.Length)], dpi, 9.5f + (vendor.Next(5) * 0.5f), (byte)vendor.Next(40), ScanDefects.None);
        _houseSeed = vendor.Next();
        var (document, truth) = Draw(new Random(seed * 1000));
        (_sample, _money) = (truth, document.Money.Name);
        Language = seed % 3 == 0 ? "eng+vie" : "eng";
    }

    public string Name => _sample.VendorName;

    public string Language { get; }

    public string Describe() =>
        $"{Name} ({_words.Language}, {_layout.Name}, {_degradation}, date {_sample.DateStyle}, amounts {_money}, '{_sample.NumberLabel}' / '{_sample.TotalLabel}')";

    /// <summary>Invoice <paramref name="index"/> of the vendor as an encoded image, with its true fields.</summary>
    public (byte[] Image, IReadOnlyDictionary<string, string> Truth) Invoice(int index)
    {
        var random = new Random((_seed * 1000) + index);
        var (document, truth) = Draw(random);
        var style = _page with { Defects = Degradations.Draw(_degradation, random, _page.Dpi) };
        var (bitmap, _) = PageRenderer.Render(document, _layout, style);
        using (bitmap)
        {
            var (bytes, _) = Degradations.Finish(bitmap!, style.Defects, random);
            return (bytes, new Dictionary<string, string>
            {
                ["invoice_number"] = truth.InvoiceNumber,
                ["date"] = truth.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["total_amount"] = truth.TotalAmount.ToString(CultureInfo.InvariantCulture),
                ["vendor_name"] = truth.VendorName,
            });
        }
    }

    /// <summary>A document in the vendor's house style, its values from <paramref name="random"/>.</summary>
    private (InvoiceDocument Document, InvoiceTruth Truth) Draw(Random random) =>
        InvoiceFactory.Create(random, _words, receipt: false, house: new Random(_houseSeed));
}
