using OcrAsync.Core.Invoices;
using OcrAsync.Core.Ocr;

namespace OcrAsync.Core.Processing;

/// <summary>
/// The vendor's line read a second time, closer and with a model that has the accents of the European label languages
/// (<see cref="AccentRepair"/>): the page languages' models (eng+vie) have no ü, ß, ñ, ç, and drop accents on letterheads.
/// One line per document, so the cost is one small crop, not a second page read: the engine crops it from the page's
/// image decoded for the first read (<see cref="Ocr.DecodedFirstPages"/>), and only on pages where it can change the name
/// (<see cref="AccentRepair.MayRestore"/>: not on English-only pages).
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
        if (!AccentRepair.MayRestore(vendor.Value, page.Text))
        {
            return invoice;
        }

        var line = await recognizer.ReadLineAsync(image, vendor.Page, box, AccentRepair.ModelFor(page.Text), cancellationToken);
        if (line is null || AccentRepair.Restore(vendor.Value, line.Text) is not { } restored)
        {
            return invoice;
        }

        var fields = new Dictionary<string, ExtractedField>(invoice.Fields) { [VendorField] = vendor with { Value = restored } };
        return invoice with { VendorName = restored, Fields = fields };
    }
}
