namespace OcrAsync.Core.Invoices;

/// <summary>Finds the invoice date and, separately, the due date. Order and delivery dates are ignored.</summary>
internal static class DateFieldFinder
{
    public static (ExtractedField? Date, ExtractedField? DueDate) Find(IReadOnlyList<InvoiceTextLine> lines)
    {
        (ExtractedField Field, double Score)? best = null;
        ExtractedField? due = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var dates = InvoiceDateParser.FindAll(line.Text).ToList();
            if (dates.Count == 0)
            {
                continue;
            }

            var iso = dates[0].Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var previous = i > 0 && lines[i - 1].Page == line.Page ? lines[i - 1].Label : "";
            if (InvoiceLabels.DueDate().IsMatch(line.Label)
                || (IsLabelOnly(previous) && InvoiceLabels.DueDate().IsMatch(previous)))
            {
                due ??= line.ToField(iso, line.Confidence * 0.95);
                continue;
            }

            if (InvoiceLabels.OtherDate().IsMatch(line.Label))
            {
                continue;
            }

            var score = InvoiceLabels.InvoiceDate().IsMatch(line.Label) ? 0.95
                : InvoiceLabels.GenericDate().IsMatch(line.Label) ? 0.9
                : IsLabelOnly(previous) && InvoiceLabels.InvoiceDate().IsMatch(previous) ? 0.88
                : IsLabelOnly(previous) && InvoiceLabels.GenericDate().IsMatch(previous) ? 0.85
                : 0.6;
            if (best is null || score > best.Value.Score)
            {
                best = (line.ToField(iso, line.Confidence * score), score);
            }
        }

        return (best?.Field, due);
    }

    /// <summary>A label line with no digits, whose value OCR put on the next line.</summary>
    private static bool IsLabelOnly(string label) => label.Length > 0 && !label.Any(char.IsAsciiDigit);
}
