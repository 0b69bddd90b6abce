namespace OcrAsync.Core.Invoices;

/// <summary>
/// Invoice date candidates, each with its label's tier, and, separately, the due date. Order and delivery dates are
/// not candidates. <see cref="FieldResolver"/> decides among the candidates.
/// </summary>
internal static class DateFieldFinder
{
    public static (ExtractedField? Date, ExtractedField? DueDate) Find(InvoiceLayout layout)
    {
        var (candidates, due) = Candidates(layout);
        return (FieldResolver.Pick(candidates, ResolverWeights.Date)?.Field, due);
    }

    public static (List<FieldCandidate> Dates, ExtractedField? DueDate) Candidates(InvoiceLayout layout)
    {
        var lines = layout.Lines;
        var candidates = new List<FieldCandidate>();
        ExtractedField? due = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var dates = InvoiceDateParser.FindAll(line.Text, layout.Conventions.DateOrder).ToList();
            if (dates.Count == 0 && layout.RightOf(line) is { } right)
            {
                // OCR can cut one date in two pieces on its row ("Ngày 11 tháng 10" | "năm 2021"): read them joined.
                var joined = line.Text + " " + right.Text;
                dates = InvoiceDateParser.FindAll(joined, layout.Conventions.DateOrder).Where(d => d.Index < line.Text.Length && d.Index + d.Length > line.Text.Length + 1).ToList();
                line = line with { Text = joined, Label = TextFolding.LabelForm(joined) };
            }

            if (dates.Count == 0)
            {
                continue;
            }

            // OCR joins side-by-side columns ("Invoice Date 21/03/2023   Due Date: 04/04/2023"): each date is judged by
            // the words between the previous date and itself; a bare second date (a range's end) keeps the first's label.
            var previous = NeighbourLabel(layout, line);
            var start = 0;
            var label = "";
            foreach (var d in dates)
            {
                label = start == 0 || line.Label[start..d.Index].Any(char.IsLetter) ? line.Label[start..(d.Index + d.Length)] : label;
                start = d.Index + d.Length;
                var above = d == dates[0] ? previous : "";
                var iso = d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                // A year read as repaired ("2926") may be off in its last digits too: below the review threshold.
                var weight = d.YearRepaired ? 0.8 : 1.0;
                if (InvoiceLabels.DueDate().IsMatch(label) || (IsLabelOnly(above) && InvoiceLabels.DueDate().IsMatch(above)))
                {
                    due ??= line.ToField(iso, line.Confidence * 0.95);
                    continue;
                }

                if (InvoiceLabels.OtherDate().IsMatch(label) || (IsLabelOnly(above) && InvoiceLabels.OtherDate().IsMatch(above) && !line.Label[..d.Index].Any(char.IsLetter)))
                {
                    continue;
                }

                var (score, direction) = InvoiceLabels.InvoiceDate().IsMatch(label) ? (0.95, LabelDirection.Inline)
                    : InvoiceLabels.GenericDate().IsMatch(label) ? (0.9, LabelDirection.Inline)
                    : IsLabelOnly(above) && InvoiceLabels.InvoiceDate().IsMatch(above) ? (0.88, LabelDirection.Above)
                    : IsLabelOnly(above) && InvoiceLabels.GenericDate().IsMatch(above) ? (0.85, LabelDirection.Above)
                    : (0.6, LabelDirection.None);
                candidates.Add(new FieldCandidate(line.ToField(iso, line.Confidence * score * weight), new CandidateFeatures
                {
                    LabelStrength = score,
                    Direction = direction,
                    ReadingPosition = layout.ReadingPosition(lines[i]),
                    PagePosition = layout.PagePosition(lines[i]),
                    TextHeight = layout.TextHeight(lines[i]),
                }));
            }
        }

        if (candidates.Count == 0)
        {
            candidates.AddRange(Repaired(layout));
        }

        return (candidates, due);
    }

    /// <summary>
    /// No date read as printed: the dates <see cref="DateRepair"/> reads in damaged print, each worth less than a date read
    /// as printed, a labelled one still above an unlabelled one.
    /// </summary>
    private static IEnumerable<FieldCandidate> Repaired(InvoiceLayout layout)
    {
        foreach (var line in layout.Lines)
        {
            if (DateRepair.Repair(line.Text) is not { } text)
            {
                continue;
            }

            foreach (var d in InvoiceDateParser.FindAll(text, layout.Conventions.DateOrder))
            {
                var labelled = InvoiceLabels.InvoiceDate().IsMatch(line.Label) || InvoiceLabels.GenericDate().IsMatch(line.Label);
                var score = labelled ? 0.6 : 0.4;
                var iso = d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                yield return new FieldCandidate(line.ToField(iso, line.Confidence * score), new CandidateFeatures
                {
                    LabelStrength = score,
                    Direction = labelled ? LabelDirection.Inline : LabelDirection.None,
                    ReadingPosition = layout.ReadingPosition(line),
                    PagePosition = layout.PagePosition(line),
                    TextHeight = layout.TextHeight(line),
                    Repaired = true,
                });
            }
        }
    }

    /// <summary>
    /// A date label without a value of its own to the left on the same row (a value right-aligned in a box or at the end
    /// of a receipt row), else a label-only segment above (a label stacked over its value); without boxes, the line above.
    /// </summary>
    private static string NeighbourLabel(InvoiceLayout layout, InvoiceTextLine line)
    {
        // At any distance on the row: a receipt prints a short label at the left and its date right-aligned.
        if (layout.RowStart(line) is { Label: var left } && IsLabelOnly(left)
            && (InvoiceLabels.DueDate().IsMatch(left) || InvoiceLabels.InvoiceDate().IsMatch(left) || InvoiceLabels.GenericDate().IsMatch(left)))
        {
            return left;
        }

        // Above, an order or delivery label without the word "date" still counts ("Ngày giao hàng", "Shipped").
        // A label with its own value to its right labels that value, not this one.
        if (layout.Above(line) is { Label: var above } upper && IsLabelOnly(above)
            && !(layout.RightOf(upper)?.Text.Any(char.IsAsciiDigit) ?? false))
        {
            return above;
        }

        return "";
    }

    /// <summary>A label line with no digits, whose value OCR put on the next line.</summary>
    private static bool IsLabelOnly(string label) => label.Length > 0 && !label.Any(char.IsAsciiDigit);
}
