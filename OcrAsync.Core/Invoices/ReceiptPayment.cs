namespace OcrAsync.Core.Invoices;

/// <summary>
/// What a till receipt says was paid: the money handed over less the change given back ("CASH 50.00 / CHANGE 8.75" is
/// 41.25 paid), which is the total whenever both were read: a second, independent reading of the total, for when OCR
/// garbled the total's label or digits. Labels and amounts are paired by the layout (OCR often reads a receipt's labels
/// and its amounts as two columns).
/// </summary>
internal static class ReceiptPayment
{
    /// <summary>The last change line and the tendered line before it: tendered − change, when the change is less than what was tendered.</summary>
    public static decimal? Paid(InvoiceLayout layout)
    {
        var changes = AmountFieldFinder.FindAllLabelled(layout, InvoiceLabels.Change(), null);
        if (changes.Count == 0)
        {
            return null;
        }

        var tendered = AmountFieldFinder.FindAllLabelled(layout, InvoiceLabels.Tendered(), InvoiceLabels.Change());
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

    /// <summary>
    /// A total one digit away from what was paid ("137.45" read, 150.15 − 13.00 paid) is the amount paid: two printed
    /// amounts agree on it, against one digit of the total. Same number of digits, exactly one differs.
    /// </summary>
    public static bool IsOneDigitFrom(decimal total, decimal paid)
    {
        var a = Digits(total);
        var b = Digits(paid);
        return a.Length == b.Length && Enumerable.Range(0, a.Length).Count(i => a[i] != b[i]) == 1;
    }

    private static string Digits(decimal amount) =>
        new([.. Math.Abs(amount).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Where(char.IsAsciiDigit)]);
}
