using OcrAsync.Core.Invoices;
using OcrAsync.Core.Ocr;

namespace OcrAsync.Core.Processing;

/// <summary>
/// The vendor's line read a second time, closer, in one engine call per document (the engine crops the lines from the
/// page's image decoded for the first read, <see cref="Ocr.DecodedFirstPages"/>):
/// <list type="bullet">
/// <item>on a narrow page (a receipt), the name's row darkened and at a good text height (<see cref="VendorLineBand"/>):
/// letters a faded or cut first read lost come back (<see cref="NameReread"/>);</item>
/// <item>where accents may be missing (<see cref="AccentRepair.MayRestore"/>: not on English-only pages), the name's box
/// with a model that has the accents of the European label languages (<see cref="AccentRepair"/>): the page languages'
/// models (eng+vie) have no ü, ß, ñ, ç, and drop accents on letterheads.</item>
/// </list>
/// </summary>
internal static class VendorLineReread
{
    private const string VendorField = "vendor_name";

    public static async Task<InvoiceData> ApplyAsync(
        IPageRecognizer recognizer, InvoiceData invoice, IReadOnlyList<OcrPageResult> pages, PageImages images, CancellationToken cancellationToken)
    {
        if (!invoice.Fields.TryGetValue(VendorField, out var vendor) || vendor.Bbox is not { } box
            || vendor.Page < 1 || vendor.Page > pages.Count || pages[vendor.Page - 1].Source != PageSource.Ocr
            || images.Get(vendor.Page) is not { } image)
        {
            return invoice;
        }

        var page = pages[vendor.Page - 1];
        var (first, at, form) = VendorLineBand.Wrapped(page, box, vendor.Value) is { } wrapped ? wrapped : (vendor.Value, box, "");
        var name = VendorLineBand.NameBox(page, at, first);
        var band = name is { } words ? VendorLineBand.For(page, words) : null;
        var accents = AccentRepair.MayRestore(vendor.Value, page.Text);
        if (band is null && !accents)
        {
            return invoice;
        }

        List<LineRead> reads = [.. band is null ? [] : new[] { band }, .. accents ? [new LineRead(box)] : Array.Empty<LineRead>()];
        var lines = await recognizer.ReadLinesAsync(image, vendor.Page, reads, AccentRepair.ModelFor(page.Text), cancellationToken);
        var value = vendor.Value;
        if (band is not null && name is { } nameBox && lines[0] is { } closer
            && NameReread.Choose(first, nameBox, closer, VendorLineBand.Row(page, nameBox)) is { } whole)
        {
            value = form.Length == 0 ? whole : whole + " " + form;
        }

        if (accents && lines[^1] is { } line && AccentRepair.Restore(value, line.Text) is { } restored)
        {
            value = restored;
        }

        if (value == vendor.Value)
        {
            return invoice;
        }

        var fields = new Dictionary<string, ExtractedField>(invoice.Fields) { [VendorField] = vendor with { Value = value } };
        return invoice with { VendorName = value, Fields = fields };
    }
}
