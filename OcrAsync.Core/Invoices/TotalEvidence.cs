namespace OcrAsync.Core.Invoices;

/// <summary>
/// What the page says a total must be: its subtotal and tax and the sum of its line amounts (each null when not read),
/// and whether it prints a discount (which makes a total below the subtotal or line sum legitimate).
/// </summary>
internal sealed record TotalEvidence(decimal? Subtotal, decimal? Tax, decimal? LineSum, bool HasDiscount)
{
    /// <summary>Subtotal + tax, or line amounts + tax (no discount in between): an amount equal to one of them is the total.</summary>
    public string? Confirms(decimal amount)
    {
        var tax = Tax ?? 0;
        if (Subtotal is { } subtotal && Tax is not null && Close(subtotal + tax, amount))
        {
            return "subtotal + tax";
        }

        return LineSum is { } lines && !HasDiscount && Close(lines + tax, amount) ? Tax is null ? "the sum of the line amounts" : "line amounts + tax" : null;
    }

    /// <summary>Why <paramref name="amount"/> cannot be the total: not positive, or below the subtotal with tax and no discount.</summary>
    public string? Refutes(decimal amount) =>
        amount <= 0 ? "not a positive amount"
        : Subtotal is { } subtotal && Tax > 0 && !HasDiscount && amount < subtotal - Math.Max(0.10m, subtotal * 0.01m) ? "below the subtotal"
        : null;

    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= Math.Max(0.01m, Math.Abs(b) * 0.001m);
}
