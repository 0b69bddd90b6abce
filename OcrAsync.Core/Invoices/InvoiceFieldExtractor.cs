namespace OcrAsync.Core.Invoices;

/// <summary>
/// Turns OCR pages into invoice fields, each with its page, box and confidence. A template, when one applies, replaces
/// the generic value of each field its expressions define; a learned template's values replace them only when they pass
/// the page's checks.
/// </summary>
public sealed class InvoiceFieldExtractor
{
    /// <summary>
    /// The review reason of a total that no label, payment or subtotal gave: the largest amount on the page, a guess
    /// (the field says so, <see cref="ExtractedField.Guessed"/>: <see cref="Processing.KeyFieldReread"/> reads such a page again as if the total were missing).
    /// </summary>
    public const string GuessedTotal = "total_amount guessed: no total read, the largest amount taken";

    public InvoiceData Extract(IReadOnlyList<OcrPageResult> pages, double confidenceThreshold = 0.7, IInvoiceTemplates? templates = null)
    {
        var layout = InvoiceLayout.Build(pages);
        // Whole rows join a quantity and a price ("2 100.00") that the layout keeps apart: only sure grouping is undone there.
        var lines = ToLines(pages, layout.Conventions with { SpaceGrouping = false });
        var fields = new Dictionary<string, ExtractedField>();
        var reasons = new List<string>();

        var number = InvoiceNumberFinder.Find(layout);
        var (date, due) = DateFieldFinder.Find(layout);
        var taxes = AmountFieldFinder.FindAllLabelled(layout, InvoiceLabels.Tax(), InvoiceLabels.TaxDistractor());
        var totalCandidates = AmountFieldFinder.TotalCandidates(layout, lines);
        var subtotal = ArithmeticCheck.RepairLostDecimal(AmountFieldFinder.FindLabelled(layout, InvoiceLabels.Subtotal(), null), taxes, totalCandidates);
        var items = LineItemParser.Parse(lines);
        var discount = AmountFieldFinder.FindLabelled(layout, InvoiceLabels.Discount(), null)?.Amount;
        var shipping = AmountFieldFinder.FindLabelled(layout, InvoiceLabels.Shipping(), null)?.Amount;
        // Every labelled total is a candidate; the one the page's arithmetic agrees with outweighs one label tier.
        var expected = ArithmeticCheck.ExpectedTotals(subtotal, taxes, discount, shipping, items, TaxBases.Find(lines, taxes));
        // A till receipt's cash tendered − change is a second reading of the total; amounts the relations give are candidates too.
        var relations = new TotalRelations(expected, ReceiptPayment.Paid(layout, lines));
        var totals = relations.Mark(totalCandidates, layout);
        var labelledTotal = FieldResolver.Pick(totals, c => c.Features, ResolverWeights.Total) is { } picked ? ReceiptTotals.ApplyRounding(picked, lines) : null;
        labelledTotal = ReceiptTotals.BelowSubtotal(labelledTotal, subtotal, relations.Paid, reasons);
        var tax = ArithmeticCheck.TotalTax(taxes, subtotal, labelledTotal);
        var found = labelledTotal ?? ReceiptTotals.PaidTotal(relations.Paid, lines) ?? ReceiptTotals.SubtotalPlusTax(subtotal, tax, lines);
        var total = found ?? AmountFieldFinder.LargestAmount(lines, subtotal is null ? null : ReceiptTotals.ApplyRounding(subtotal, lines));
        if (found is null && total is not null)
        {
            reasons.Add(GuessedTotal);
        }

        if (labelledTotal is { Strength: not ReceiptTotals.Computed })
        {
            ReceiptTotals.CheckPaid(labelledTotal, relations.Paid, reasons);
        }

        var vendor = VendorNameFinder.Find(lines);
        var text = string.Join('\n', lines.Select(l => l.Text));
        var currency = total?.Currency ?? CurrencyDetector.Detect(text);

        // A total computed from subtotal + tax agrees with them by construction: no cross-check boost.
        // An amount a relation gave may still be another one within 0.1 % of it (the cash tendered): both relations decide.
        var totalField = total is null ? null
            : total.Strength is ReceiptTotals.Computed ? AmountField(total, total.Confidence)
            : total.Strength is TotalRelations.FromArithmetic ? ArithmeticCheck.BothRelations(total, relations.Expected, relations.Paid, reasons) ?? AmountField(total, total.Confidence)
            : ArithmeticCheck.Apply(total, subtotal, tax, layout, reasons, relations.Values, relations.Expected, relations.Paid);
        totalField = found is null && totalField is not null ? totalField with { Guessed = true } : totalField;
        Add(fields, "invoice_number", number);
        Add(fields, "date", date);
        Add(fields, "due_date", due);
        Add(fields, "total_amount", totalField);
        Add(fields, "subtotal", subtotal is null ? null : AmountField(subtotal, subtotal.Confidence));
        Add(fields, "tax_amount", tax is null ? null : AmountField(tax, tax.Confidence));
        Add(fields, "vendor_name", vendor);
        if (currency is not null)
        {
            var source = total?.Line ?? lines[0];
            Add(fields, "currency", new ExtractedField(currency, currency, total?.Currency is null ? 0.6 : 0.9, source.Page, source.Box));
        }

        // Learned values are candidates checked against the page's arithmetic, not overrides.
        var lineSum = items.Count > 0 && items.All(i => i.Amount is not null) ? items.Sum(i => i.Amount) : null;
        var discounted = discount is not null || layout.Lines.Any(l => InvoiceLabels.Discount().IsMatch(l.Label));
        var template = templates?.Apply(
            new TemplateInput(pages, lines, text, new TotalEvidence(subtotal?.Amount, tax?.Amount, lineSum, discounted)), fields, reasons);

        foreach (var name in (string[])["invoice_number", "date", "total_amount"])
        {
            if (!fields.TryGetValue(name, out var f))
            {
                reasons.Add($"{name} missing");
            }
            else if (f.Confidence < confidenceThreshold)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{name} confidence {f.Confidence:0.00} below threshold {confidenceThreshold:0.00}"));
            }
        }

        string? Value(string name) => fields.TryGetValue(name, out var f) ? f.Value : null;
        decimal? Amount(string name) => Value(name) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;
        return new InvoiceData
        {
            InvoiceNumber = Value("invoice_number"),
            Date = Value("date"),
            DueDate = Value("due_date"),
            TotalAmount = Amount("total_amount"),
            Subtotal = Amount("subtotal"),
            TaxAmount = Amount("tax_amount"),
            Currency = Value("currency"),
            VendorName = Value("vendor_name"),
            LineItems = items,
            Fields = fields,
            Template = template,
            NeedsReview = reasons.Count > 0,
            ReviewReasons = reasons,
        };
    }

    internal static ExtractedField AmountField(AmountCandidate c, double confidence) =>
        c.Line.ToField(c.Amount.ToString(CultureInfo.InvariantCulture), confidence);

    private static void Add(Dictionary<string, ExtractedField> fields, string name, ExtractedField? field)
    {
        if (field is not null)
        {
            fields[name] = field;
        }
    }

    /// <summary>OCR lines when the engine gave them; otherwise the text split into lines at the page's confidence.</summary>
    private static List<InvoiceTextLine> ToLines(IReadOnlyList<OcrPageResult> pages, DocumentConventions conventions)
    {
        var lines = new List<InvoiceTextLine>();
        foreach (var page in pages)
        {
            var source = page.Lines.Count > 0
                ? page.Lines.Select(l => (l.Text, l.Confidence, Box: (BoundingBox?)l.Box))
                : page.Text.Split('\n').Select(t => (Text: t, page.Confidence, Box: (BoundingBox?)null));
            foreach (var (text, confidence, box) in source)
            {
                foreach (var piece in InvoiceTextLine.Pieces(conventions.Normalize(text)))
                {
                    lines.Add(new InvoiceTextLine(piece, TextFolding.LabelForm(piece), confidence, page.PageNumber, box, lines.Count));
                }
            }
        }

        return lines;
    }
}
