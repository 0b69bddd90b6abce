using System.Text.RegularExpressions;

namespace OcrAsync.Core.Invoices;

/// <summary>Finds the total, subtotal and tax amounts from their labels.</summary>
internal static class AmountFieldFinder
{
    public static AmountCandidate? FindTotal(IReadOnlyList<InvoiceTextLine> lines)
    {
        var candidates = new List<AmountCandidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            var label = lines[i].Label;
            if (InvoiceLabels.TotalDistractor().IsMatch(label) && !InvoiceLabels.Inclusive().IsMatch(label))
            {
                continue;
            }

            var (match, strength) = TotalLabel(label);
            if (match is null)
            {
                continue;
            }

            // "Thành tiền" heads the amount column: never read the row below it.
            var candidate = AmountAfter(lines, i, match, allowNextLine: strength > 1);
            if (candidate is not null)
            {
                var factor = strength switch { 3 => 1.0, 2 => 0.95, _ => 0.8 };
                candidates.Add(candidate with { Strength = strength, Confidence = candidate.Confidence * factor });
            }
        }

        // Strongest label first, then the one the cash tendered follows, then later lines (totals sit at the bottom);
        // a zero "balance due" after payment must not hide the real total.
        // A receipt's tax summary table ("GST Summary … Total: 26.00 1.56") follows the totals: its totals are not the total.
        var summary = ReceiptTotals.TaxSummaryStart(lines);
        if (candidates.Any(c => c.Line.Index < summary) || lines.Take(summary).Any(l => InvoiceLabels.Subtotal().IsMatch(l.Label)))
        {
            candidates.RemoveAll(c => c.Line.Index > summary);
        }

        var best = candidates
            .OrderByDescending(c => c.Amount != 0)
            .ThenByDescending(c => c.Strength)
            .ThenByDescending(c => ReceiptTotals.IsFollowedByPayment(lines, c.Line))
            .ThenByDescending(c => c.Line.Index)
            .FirstOrDefault();
        return best is null ? null : ReceiptTotals.ApplyRounding(best, lines);
    }

    public static AmountCandidate? FindLabelled(IReadOnlyList<InvoiceTextLine> lines, Regex label, Regex? distractor)
    {
        AmountCandidate? found = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var match = label.Match(lines[i].Label);
            if (!match.Success || (distractor?.IsMatch(lines[i].Label) ?? false))
            {
                continue;
            }

            found = AmountAfter(lines, i, match, allowNextLine: true) ?? found;
        }

        return found;
    }

    /// <summary>No labelled total: the largest amount written with decimals or a currency, with low confidence.</summary>
    public static AmountCandidate? LargestAmount(IReadOnlyList<InvoiceTextLine> lines) =>
        lines
            .Where(l => !InvoiceLabels.TotalDistractor().IsMatch(l.Label))
            .SelectMany(l => AmountParser.FindAll(l.Text)
                .Where(m => m.HasDecimals || m.Currency is not null)
                .Select(m => new AmountCandidate(m.Amount, m.Currency, 0, l.Confidence * 0.3, l)))
            .MaxBy(c => c.Amount);

    private static (Match? Match, int Strength) TotalLabel(string label)
    {
        var strong = InvoiceLabels.TotalStrong().Match(label);
        if (strong.Success)
        {
            return (strong, 3);
        }

        var plain = InvoiceLabels.TotalPlain().Match(label);
        if (plain.Success)
        {
            return (plain, 2);
        }

        var weak = InvoiceLabels.TotalWeak().Match(label);
        return weak.Success ? (weak, 1) : (null, 0);
    }

    /// <summary>The last amount after the label on its line, else the amount alone on the next line.</summary>
    private static AmountCandidate? AmountAfter(IReadOnlyList<InvoiceTextLine> lines, int i, Match label, bool allowNextLine)
    {
        var line = lines[i];
        var after = label.Index + label.Length;
        var dates = InvoiceDateParser.FindAll(line.Text).ToList();
        var sameLine = AmountParser.FindAll(line.Text)
            .Where(m => m.Index >= after && !dates.Any(d => m.Index < d.Index + d.Length && d.Index < m.Index + m.Length))
            .ToList();
        if (sameLine.Count > 0)
        {
            var m = sameLine[^1];
            return new AmountCandidate(m.Amount, m.Currency, 0, line.Confidence, line);
        }

        if (!allowNextLine || i + 1 >= lines.Count || lines[i + 1].Page != line.Page
            || line.Text[after..].Any(char.IsLetter))
        {
            return null;
        }

        var next = lines[i + 1];
        var amounts = AmountParser.FindAll(next.Text).ToList();
        var letters = next.Text.Count(char.IsLetter);
        return amounts.Count == 1 && letters <= 4
            ? new AmountCandidate(amounts[0].Amount, amounts[0].Currency, 0, next.Confidence * 0.9, next)
            : null;
    }
}
