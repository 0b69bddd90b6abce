namespace OcrAsync.Tests.Fixtures;

/// <summary>
/// An invoice of a vendor whose labels and layout the generic extractor misreads: the number and date stand under
/// unusual labels ("Voucher", "Raised on"), an order number and a delivery date sit where invoice fields usually are,
/// and the amount to pay ("Please remit") is smaller than a "Total before discount". Amounts use a decimal comma.
/// </summary>
public sealed record OddLayoutInvoice(
    string Vendor, string Voucher, DateOnly Raised, DateOnly Delivery, string OrderNumber, IReadOnlyList<PrintedLineItem> Items, decimal Discount)
{
    public decimal Gross => Items.Sum(i => i.Amount);

    public decimal Payable => Gross - Discount;

    public string RaisedIso => Raised.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Invoice <paramref name="n"/> of the vendor: other numbers, dates, amounts and line counts each time.</summary>
    public static OddLayoutInvoice Sample(string vendor, int n)
    {
        var random = new Random(1000 + n);
        string[] goods = ["Fountain pen", "Ink bottle", "Letter paper", "Sealing wax", "Envelopes", "Blotter", "Nib set"];
        var items = goods.OrderBy(_ => random.Next()).Take(random.Next(2, 6))
            .Select(g => new PrintedLineItem(g, random.Next(1, 9), random.Next(300, 40000) / 100m)).ToList();
        var raised = new DateOnly(2024, 1, 1).AddDays(random.Next(300));
        return new OddLayoutInvoice(
            vendor,
            string.Create(CultureInfo.InvariantCulture, $"QF/{random.Next(10000, 99999)}"),
            raised,
            raised.AddDays(random.Next(3, 20)),
            string.Create(CultureInfo.InvariantCulture, $"4500{random.Next(100000, 999999)}"),
            items,
            random.Next(1, 30) * 5m);
    }

    public static string Money(decimal amount) =>
        amount.ToString("#,##0.00", CultureInfo.InvariantCulture).Replace(',', '_').Replace('.', ',').Replace('_', '.');
}
