namespace OcrAsync.Core.Invoices;

/// <summary>
/// Best-effort table rows: a description followed by quantity, unit price and amount where qty × price ≈ amount. An
/// amount one OCR slip away from a whole quantity × price (a look-alike digit, a digit lost or doubled) is repaired to it.
/// </summary>
internal static class LineItemParser
{
    public static IReadOnlyList<InvoiceLineItem> Parse(IReadOnlyList<InvoiceTextLine> lines)
    {
        var items = new List<InvoiceLineItem>();
        foreach (var line in lines)
        {
            if (InvoiceLabels.TotalStrong().IsMatch(line.Label) || InvoiceLabels.Subtotal().IsMatch(line.Label))
            {
                continue;
            }

            var amounts = AmountParser.FindAll(line.Text).ToList();
            if (amounts.Count < 3)
            {
                continue;
            }

            var (a, b, c) = (amounts[^3], amounts[^2], amounts[^1]);
            var description = line.Text[..a.Index].Trim().TrimEnd('|', ':', '-').Trim();
            if (description.Count(char.IsLetter) < 2)
            {
                continue;
            }

            if (Matches(a.Amount, b.Amount, c.Amount))
            {
                // The smaller integer of the pair is most likely the quantity.
                var qtyFirst = a.Amount == decimal.Truncate(a.Amount) && (a.Amount <= b.Amount || b.Amount != decimal.Truncate(b.Amount));
                items.Add(new InvoiceLineItem(description, qtyFirst ? a.Amount : b.Amount, qtyFirst ? b.Amount : a.Amount, c.Amount));
            }
            else if (a.Amount == decimal.Truncate(a.Amount) && a.Amount is > 0 and <= 1000 && ArithmeticCheck.IsOcrSlip(c.Amount, a.Amount * b.Amount))
            {
                items.Add(new InvoiceLineItem(description, a.Amount, b.Amount, a.Amount * b.Amount));
            }
        }

        return items;
    }

    private static bool Matches(decimal x, decimal y, decimal amount) =>
        amount > 0 && Math.Abs(x * y - amount) <= Math.Max(0.01m, amount * 0.005m);
}
