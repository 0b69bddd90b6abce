namespace OcrAsync.Core.Invoices;

/// <summary>
/// What a till receipt says was paid: the money handed over less the change given back ("CASH 50.00 / CHANGE 8.75" is
/// 41.25 paid), which is the total whenever both were read: a second, independent reading of the total, for when OCR
/// garbled the total's label or digits. Labels and amounts are paired by the layout (OCR often reads a receipt's labels
/// and its amounts as two columns).
/// </summary>
internal static class ReceiptPayment
{
    /// <summary>
    /// The last change line and the tendered line before it: tendered − change, when the change is less than what was
    /// tendered. Read from the layout's segments, else from the whole OCR rows (a skewed receipt's label and amount,
    /// far apart on one row, may not be paired as neighbours).
    /// </summary>
    public static decimal? Paid(InvoiceLayout layout, IReadOnlyList<InvoiceTextLine> rows) =>
        FromPairs(AmountFieldFinder.FindAllLabelled(layout, InvoiceLabels.Change(), null, rowEnd: true), () => AmountFieldFinder.FindAllLabelled(layout, InvoiceLabels.Tendered(), InvoiceLabels.Change(), rowEnd: true))
        ?? FromPairs(OnRow(rows, InvoiceLabels.Change(), null), () => OnRow(rows, InvoiceLabels.Tendered(), InvoiceLabels.Change()))
        ?? FromColumn(layout);

    /// <summary>
    /// No tendered and change labels read (a rotated or cropped receipt loses its label column): three amounts one under
    /// the other where the middle one, rounder than the first (cash is handed over in notes and coins), less the first is
    /// exactly the third are total, tendered and change. The last such run; none of the three labelled as a subtotal or a tax
    /// (net, gross and tax printed in that order add up the same way).
    /// </summary>
    private static decimal? FromColumn(InvoiceLayout layout)
    {
        var column = layout.Lines
            .Select(l => (Line: l, Amounts: AmountParser.FindAll(l.Text).ToList()))
            .Where(a => a.Amounts.Count == 1 && a.Amounts[0].Amount > 0)
            .Select(a => (a.Line, a.Amounts[0].Amount))
            .ToList();
        for (var i = column.Count - 3; i >= 0; i--)
        {
            var (total, tendered, change) = (column[i], column[i + 1], column[i + 2]);
            if (total.Line.Page == change.Line.Page && Roundness(tendered.Amount) > Roundness(total.Amount)
                && tendered.Amount - total.Amount == change.Amount
                && !new[] { total.Line, tendered.Line, change.Line }.Any(l => InvoiceLabels.Subtotal().IsMatch(l.Label) || InvoiceLabels.Tax().IsMatch(l.Label)))
            {
                return total.Amount;
            }
        }

        return null;
    }

    /// <summary>How many trailing zeros the amount has in cents: 2 for 30.00, 4 for 950 000, 0 for 27.08.</summary>
    private static int Roundness(decimal amount)
    {
        var cents = decimal.Truncate(Math.Abs(amount) * 100);
        var zeros = 0;
        while (cents != 0 && cents % 10 == 0)
        {
            cents /= 10;
            zeros++;
        }

        return zeros;
    }

    /// <summary>The last amount after the label on each row the label names.</summary>
    private static List<AmountCandidate> OnRow(IReadOnlyList<InvoiceTextLine> rows, Regex label, Regex? distractor)
    {
        var found = new List<AmountCandidate>();
        foreach (var row in rows)
        {
            var match = label.Match(row.Label);
            if (!match.Success || (distractor?.IsMatch(row.Label) ?? false))
            {
                continue;
            }

            var amounts = AmountParser.FindAll(row.Text).Where(m => m.Index >= match.Index + match.Length).ToList();
            if (amounts.Count > 0)
            {
                found.Add(new AmountCandidate(amounts[^1].Amount, amounts[^1].Currency, 0, row.Confidence, row));
            }
        }

        return found;
    }

    private static decimal? FromPairs(List<AmountCandidate> changes, Func<List<AmountCandidate>> tenderedAmounts)
    {
        if (changes.Count == 0)
        {
            return null;
        }

        var tendered = tenderedAmounts();
        for (var i = changes.Count - 1; i >= 0; i--)
        {
            var change = changes[i];
            // "Payment -20,00" is printed as money going out: the sign says nothing here.
            var given = tendered.LastOrDefault(t => t.Line.Page == change.Line.Page && t.Line.Index < change.Line.Index && t.Line != change.Line);
            if (given is not null && Math.Abs(change.Amount) < Math.Abs(given.Amount))
            {
                return Math.Abs(given.Amount) - Math.Abs(change.Amount);
            }
        }

        return null;
    }
}
