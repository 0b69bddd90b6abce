using System.Text.RegularExpressions;

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
        ?? FromPairs(OnRow(rows, InvoiceLabels.Change(), null), () => OnRow(rows, InvoiceLabels.Tendered(), InvoiceLabels.Change()));

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
