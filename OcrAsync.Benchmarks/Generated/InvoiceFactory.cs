namespace OcrAsync.Benchmarks.Generated;

/// <summary>Draws one document's content from the seeded random: vendor, values, distractors, items and totals.</summary>
internal static class InvoiceFactory
{
    /// <summary>
    /// One document. <paramref name="house"/>, when given, draws what an issuer keeps from one invoice to the next (name,
    /// address, labels, money and date style, number shape, which fields it prints) and <paramref name="random"/> only the
    /// invoice's values (number digits, dates, items, amounts): pass a new random of the same seed for every invoice of a
    /// vendor. Without it everything comes from <paramref name="random"/>, in the same order, so seeded sets do not change.
    /// </summary>
    public static (InvoiceDocument Document, InvoiceTruth Truth) Create(Random random, InvoiceWording w, bool receipt, Random? house = null)
    {
        var style = house ?? random;
        string Pick(string[] options) => options[style.Next(options.Length)];
        bool Maybe(int percent) => style.Next(100) < percent;

        var currency = Pick(w.Currencies);
        var money = MoneyStyles.Pick(style, currency);
        var date = new DateOnly(2019, 1, 1).AddDays(random.Next(2900));
        var number = receipt ? InvoiceNumbers.Receipt(style, random) : InvoiceNumbers.Invoice(style, random, w.Language, date.Year);
        var drawnDateStyle = DateStyles.Draw(style, w);
        // An issuer keeps its convention, month-first on the 3rd of April too; a sample set prints dates with one reading.
        var dateStyle = house is null ? DateStyles.Unambiguous(drawnDateStyle, date) : drawnDateStyle;
        var vendor = string.Format(CultureInfo.InvariantCulture, Pick(w.LegalForms), Pick(w.VendorStems));

        var items = Items(random, w, money, receipt ? random.Next(1, 9) : random.Next(2, 8), receipt);
        var summary = items.GroupBy(i => i.Rate).OrderBy(g => g.Key)
            .Select(g => new TaxRateLine(g.Key, g.Sum(i => i.Amount), Round(g.Sum(i => i.Amount) * g.Key / 100m, money)))
            .ToList();
        var subtotal = items.Sum(i => i.Amount);
        var tax = summary.Sum(s => s.Tax);

        var numberLabel = Pick(receipt ? w.ReceiptNumberLabels : w.NumberLabels);
        var header = new List<LabelledValue> { new(numberLabel, number, FieldRoles.Number) };
        if (!receipt && Maybe(40))
        {
            header.Add(new(Pick(w.OrderLabels), InvoiceNumbers.Order(random), FieldRoles.Order));
        }

        var printedDate = DateStyles.Format(date, dateStyle, w);
        header.Insert(style.Next(header.Count + 1), new(DateStyles.CarriesLabel(dateStyle) ? "" : Pick(w.DateLabels), printedDate, FieldRoles.Date));
        if (!receipt && Maybe(45))
        {
            header.Add(new(Pick(w.DueDateLabels), DateStyles.FormatOther(date.AddDays(Maybe(50) ? 14 : 30), dateStyle, w), FieldRoles.DueDate));
        }

        var totals = new List<LabelledValue> { new(Pick(w.SubtotalLabels), money.Format(subtotal), FieldRoles.Subtotal) };
        var taxLabel = Pick(w.TaxLabels);
        totals.AddRange(summary.Select(s => new LabelledValue(string.Format(CultureInfo.InvariantCulture, taxLabel, money.Percent(s.Rate)), money.Format(s.Tax), FieldRoles.Tax)));
        var total = subtotal + tax;
        var rounding = 0m;
        if (receipt && money.Decimals == 2 && Maybe(50))
        {
            // Cash rounding to 0.05, as Swiss, Dutch, Malaysian and Australian tills print it.
            var rounded = Math.Round(total * 20m, MidpointRounding.AwayFromZero) / 20m;
            rounding = rounded - total;
            totals.Add(new(Pick(w.RoundingLabels), money.Number(rounding), FieldRoles.Rounding));
            total = rounded;
        }

        var totalLabel = Pick(w.TotalLabels);
        totals.Add(new(totalLabel, money.Format(total), FieldRoles.Total, Emphasis: true));
        if (Maybe(receipt ? 70 : 15))
        {
            var step = money.Decimals == 0 ? 50_000m : 10m;
            var paid = (Math.Ceiling(total / step) + (random.Next(100) < 50 ? 0 : 1)) * step;
            totals.Add(new(Pick(w.CashLabels), money.Number(paid), FieldRoles.Cash));
            totals.Add(new(Pick(w.ChangeLabels), money.Number(paid - total), FieldRoles.Change));
        }

        var vendorLines = new List<string> { Pick(w.Addresses) };
        if (Maybe(70))
        {
            vendorLines.Add($"{Pick(w.PhoneLabels)} {InvoiceNumbers.Phone(style)}");
        }

        if (Maybe(60))
        {
            vendorLines.Add($"{Pick(w.TaxIdLabels)} {InvoiceNumbers.TaxId(style)}");
        }

        var document = new InvoiceDocument(w, money, Pick(receipt ? w.ReceiptTitles : w.Titles), vendor, vendorLines,
            [Pick(w.CustomerLabels), Pick(w.Customers)], header, w.Columns[style.Next(w.Columns.Length)], items, summary, totals, [Pick(w.Footers)]);
        var truth = new InvoiceTruth(number, date, subtotal, tax, rounding, total, vendor, money.Mark.Length > 0 ? currency : "",
            DateStyles.Name(dateStyle), numberLabel, totalLabel);
        return (document, truth);
    }

    private static List<LineItem> Items(Random random, InvoiceWording w, MoneyStyle money, int count, bool receipt)
    {
        var rates = random.Next(3) == 0 ? w.TaxRates : [w.TaxRates[random.Next(w.TaxRates.Length)]];
        var items = new List<LineItem>();
        foreach (var name in w.Items.OrderBy(_ => random.Next()).Take(count))
        {
            var quantity = random.Next(1, receipt ? 5 : 13);
            var price = Price(random, money.Decimals == 0, receipt);
            items.Add(new LineItem(name, quantity, price, quantity * price, rates[random.Next(rates.Length)]));
        }

        return items;
    }

    /// <summary>Till prices stay small; one invoice price in four reaches the thousands, so grouping shows on unit prices too.</summary>
    private static decimal Price(Random random, bool whole, bool receipt) => (whole, receipt) switch
    {
        (true, true) => random.Next(5, 200) * 1000m,
        (true, false) => random.Next(5, 2000) * 1000m,
        (false, true) => random.Next(10, 1000) * 0.05m,
        _ => random.Next(4) == 0 ? random.Next(20_000, 180_000) * 0.05m : random.Next(20, 19_000) * 0.05m,
    };

    private static decimal Round(decimal amount, MoneyStyle money) =>
        Math.Round(amount, money.Decimals, MidpointRounding.AwayFromZero);
}
