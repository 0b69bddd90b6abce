namespace OcrAsync.Core.Invoices;

/// <summary>
/// Runs the extractor once on a small made-up page at start. The label expressions are compiled
/// (<see cref="Labels.LabelLexicon.Extend"/>): each is JIT-compiled on its first match, and that time counts against the
/// match's timeout (<see cref="InvoiceRegex.TimeoutMilliseconds"/>). On a loaded host the first documents of a run then hit
/// the timeout; here the JIT happens before any document.
/// </summary>
public static class ExtractorWarmUp
{
    private static readonly string[] Lines =
    [
        "Müller Bäckerei GmbH",
        "Invoice No: INV-2024-001   Rechnungsnummer: 42   Facture n° 7   Số HĐ: 12",
        "Invoice date: 15/03/2024   Datum: 15.03.2024   Due date: 14/04/2024   Ngày 15 tháng 3 năm 2024",
        "Bill to: Client Name   From: Vendor Ltd   Account holder: X",
        "Description Qty Unit price Amount",
        "Bread 2 3.50 7.00",
        "Discount 1.00   Shipping 2.00",
        "Subtotal 8.00   Zwischensumme 8,00   Montant HT 8,00",
        "VAT 20% 1.60   MwSt 1,60   Tax 1.60   Thuế GTGT 1.600",
        "Total 9.60   Gesamtbetrag 9,60   Total TTC 9,60   Tổng cộng 9.600",
        "Cash 10.00   Change 0.40   incl. VAT",
    ];

    /// <summary>
    /// Extracts the made-up page. A timeout here (a very busy host) is not an error: the expression that timed out is
    /// compiled by then, so the page is extracted again (at most three times) to reach the ones after it.
    /// </summary>
    public static void Run()
    {
        var lines = Lines.Select((text, i) => new OcrLine(text, 0.95, new BoundingBox(50, 50 + (40 * i), 20 * text.Length, 30))).ToList();
        var page = new OcrPageResult(1, string.Join('\n', Lines), 0.95, 1700, 2200, lines);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                new InvoiceFieldExtractor().Extract([page]);
                return;
            }
            catch (RegexMatchTimeoutException)
            {
                // Compiled now; go on.
            }
        }
    }
}
