using System.Globalization;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>Draws one invoice's content from the seeded random: words, values, distractors and page style.</summary>
internal static class InvoiceFactory
{
    public static readonly string[] Layouts = ["classic", "boxed", "centered", "stacked"];

    public static readonly string[] Fonts = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSansMono.ttf"];

    private static readonly int[] Dpis = [200, 240, 300];

    public static (InvoicePage Page, InvoiceExpectation Expected) Create(Random random, string file, string variant, bool vietnamese)
    {
        var w = vietnamese ? InvoiceWording.Vietnamese : InvoiceWording.English;
        string Pick(string[] options) => InvoiceWording.Pick(random, options);
        bool Maybe(int percent) => random.Next(100) < percent;

        var date = new DateOnly(2021, 1, 1).AddDays(random.Next(1700));
        var number = InvoiceNumbers.Invoice(random, vietnamese, date.Year);
        var dateStyle = DateStyles.Pick(random, vietnamese ? DateStyles.Vietnamese : DateStyles.English, date);
        var amountStyle = Pick(vietnamese ? AmountStyles.Vietnamese : AmountStyles.English);
        string Money(decimal amount) => AmountStyles.Format(amount, amountStyle);
        string Day(DateOnly d) => DateStyles.Format(d, dateStyle == DateStyles.VietnameseLong ? "dmy-slash" : dateStyle);

        var (columns, rows, subtotal) = Items(random, w, amountStyle);
        var rate = vietnamese ? (Maybe(50) ? 10 : 8) : new[] { 5, 6, 8, 10, 20 }[random.Next(5)];
        var tax = Math.Round(subtotal * rate / 100m, AmountStyles.IsWholeUnits(amountStyle) ? 0 : 2, MidpointRounding.AwayFromZero);
        var total = subtotal + tax;

        // Labelled values in print order; distractors are mixed in around the fields that count.
        var header = new List<LabelledValue> { new(Pick(w.NumberLabels), number) };
        if (Maybe(40))
        {
            header.Add(new(Pick(w.PoLabels), InvoiceNumbers.PurchaseOrder(random)));
        }

        if (Maybe(35))
        {
            header.Insert(Maybe(50) ? 0 : header.Count, new(Pick(w.OrderDateLabels), Day(date.AddDays(-random.Next(1, 10)))));
        }

        header.Insert(random.Next(header.Count + 1), dateStyle == DateStyles.VietnameseLong
            ? new("", DateStyles.Format(date, dateStyle))
            : new(Pick(w.DateLabels), DateStyles.Format(date, dateStyle)));
        if (Maybe(45))
        {
            header.Add(new(Pick(w.DueDateLabels), Day(date.AddDays(random.Next(2) == 0 ? 14 : 30))));
        }

        var totals = new List<LabelledValue>
        {
            new(Pick(w.SubtotalLabels), Money(subtotal)),
            new(string.Format(CultureInfo.InvariantCulture, Pick(w.TaxLabels), rate), Money(tax)),
            new(Pick(w.TotalLabels), Money(total), Emphasis: true),
        };
        if (Maybe(30))
        {
            var step = AmountStyles.IsWholeUnits(amountStyle) ? 10_000m : 50m;
            var paid = (Math.Ceiling(total / step) + (Maybe(50) ? 0 : 1)) * step;
            totals.Add(new(Pick(w.PaidLabels), Money(paid)));
            totals.Add(new(Pick(w.ChangeLabels), Money(paid - total)));
        }
        else if (Maybe(25))
        {
            totals.Add(new(Pick(w.DepositLabels), Money(Math.Round(total * 0.3m / 1000m) * 1000m)));
        }

        var vendorLines = new List<string> { Pick(w.Addresses) };
        if (Maybe(70))
        {
            vendorLines.Add($"{Pick(w.PhoneLabels)} {InvoiceNumbers.Phone(random, vietnamese)}");
        }

        if (Maybe(50))
        {
            vendorLines.Add($"{Pick(w.TaxIdLabels)} {InvoiceNumbers.TaxId(random)}");
        }

        var font = Pick(Fonts);
        var layout = Pick(Layouts);
        var dpi = Dpis[random.Next(Dpis.Length)];
        var page = new InvoicePage(layout, "/usr/share/fonts/truetype/dejavu/" + font, dpi, 9.5f + random.Next(5) * 0.5f,
            Pick(w.Titles), Pick(w.Vendors), vendorLines, [Pick(w.CustomerLabels), Pick(w.Customers)],
            header, columns, rows, totals, [Pick(w.Footers)]);
        var expected = new InvoiceExpectation(file, w.Language, variant, layout, Path.GetFileNameWithoutExtension(font), dpi,
            dateStyle, amountStyle, number, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), total);
        return (page, expected);
    }

    private static (string[] Columns, List<IReadOnlyList<string>> Rows, decimal Subtotal) Items(Random random, InvoiceWording w, string amountStyle)
    {
        var whole = AmountStyles.IsWholeUnits(amountStyle);
        var rows = new List<IReadOnlyList<string>>();
        var subtotal = 0m;
        foreach (var item in w.Items.OrderBy(_ => random.Next()).Take(random.Next(2, 8)))
        {
            var quantity = random.Next(1, whole ? 21 : 13);
            var price = whole ? random.Next(5, 2000) * 1000m : random.Next(50, 19000) * 0.05m;
            subtotal += quantity * price;
            rows.Add([item, quantity.ToString(CultureInfo.InvariantCulture), AmountStyles.Format(price, amountStyle), AmountStyles.Format(quantity * price, amountStyle)]);
        }

        return (w.Columns[random.Next(w.Columns.Length)], rows, subtotal);
    }
}
