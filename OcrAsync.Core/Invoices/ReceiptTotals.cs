namespace OcrAsync.Core.Invoices;

/// <summary>
/// Receipt layouts around the total: the tax summary table printed after the payment ("GST Summary … Total: 26.00 1.56"),
/// the cash tendered that follows the amount to pay, and the rounding adjustment to 5 sen/cents printed below it.
/// These look at whole OCR lines ("rows"): the layout cuts "Rounding Adj      -0.01" into a label and an amount.
/// </summary>
internal static partial class ReceiptTotals
{
    /// <summary>The <see cref="AmountCandidate.Strength"/> of a total computed from subtotal + tax, not read from a label.</summary>
    public const int Computed = -1;

    private const decimal MaxRounding = 0.10m;

    /// <summary>Index of the first "GST Summary" / "Tax Summary" heading (OCR: "ST Summary", "657 Summary"), else int.MaxValue.</summary>
    public static int TaxSummaryStart(IReadOnlyList<InvoiceTextLine> lines) =>
        lines.FirstOrDefault(l => TaxSummary().IsMatch(l.Label))?.Index ?? int.MaxValue;

    /// <summary>The row after the total (or the one after that) tenders or returns money: "CASH 50.00", "Change 8.75".</summary>
    public static bool IsFollowedByPayment(IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line)
    {
        var row = RowIndex(line, lines);
        for (var i = row + 1; i < lines.Count && i <= row + 2 && lines[i].Page == line.Page; i++)
        {
            if (Payment().IsMatch(lines[i].Label))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A rounding line within two lines below the total, before any payment line: "Rounding Adj -0.01" (an adjustment: added; an unsigned one
    /// takes the sign that lands on a multiple of 0.05) or "Rounding RM 27.30" (the rounded total itself).
    /// </summary>
    public static AmountCandidate ApplyRounding(AmountCandidate total, IReadOnlyList<InvoiceTextLine> lines)
    {
        var start = RowIndex(total.Line, lines);
        for (var i = start + 1; i < lines.Count && i <= start + 2 && lines[i].Page == total.Line.Page; i++)
        {
            if (Payment().IsMatch(lines[i].Label))
            {
                break; // Rounding printed after the cash tendered rounds the change, not the total.
            }

            var label = Rounding().Match(lines[i].Label);
            if (!label.Success)
            {
                continue;
            }

            var amounts = AmountParser.FindAll(lines[i].Text).Where(m => m.Index >= label.Index + label.Length).ToList();
            if (amounts.Count == 0)
            {
                continue;
            }

            var a = amounts[^1].Amount;
            if (a != 0 && Math.Abs(a) < MaxRounding)
            {
                var signed = a < 0 || IsRounded(total.Amount + a) || !IsRounded(total.Amount - a) ? a : -a;
                if (!IsRounded(total.Amount + signed))
                {
                    continue; // Cash rounding lands on 5 sen/cents: "Round Adj 0.06" is a misread 0.00.
                }

                return total with { Amount = total.Amount + signed, Line = lines[i] };
            }

            if (a != total.Amount && Math.Abs(a - total.Amount) < MaxRounding)
            {
                return total with { Amount = a, Line = lines[i] };
            }
        }

        return total;
    }

    /// <summary>
    /// A total that disagrees with the cash tendered − change: one of the three printed amounts is misread, and which one
    /// cannot be told from them alone (a misread total and a misread tendered amount are both common), so the total stays
    /// as read and the page goes to review.
    /// </summary>
    public static void CheckPaid(AmountCandidate total, decimal? paid, List<string> reasons)
    {
        if (paid is { } p && Math.Abs(p - total.Amount) > 0.01m)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"total {total.Amount:0.00} differs from cash tendered − change ({p:0.00})"));
        }
    }

    /// <summary>
    /// A total read below its subtotal is a misread ("€7/.50" read as 50): what was paid replaces it when it is not below
    /// the subtotal either (it carries the till's rounding, which subtotal + tax lacks). In review.
    /// </summary>
    public static AmountCandidate? BelowSubtotal(AmountCandidate? total, AmountCandidate? subtotal, decimal? paid, List<string> reasons)
    {
        if (total is null || subtotal is null || paid is not { } p || total.Amount >= subtotal.Amount - MaxRounding || p < subtotal.Amount)
        {
            return total;
        }

        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"total read as {total.Amount:0.00} is below the subtotal, taken as cash tendered − change ({p:0.00})"));
        return total with { Amount = p, Strength = Computed, Confidence = total.Confidence * 0.5 };
    }

    /// <summary>
    /// No total read at all: the cash tendered − change is what was paid. Low confidence, so the page is reviewed.
    /// </summary>
    public static AmountCandidate? PaidTotal(decimal? paid, IReadOnlyList<InvoiceTextLine> lines) =>
        paid is { } p && lines.Count > 0
            ? new AmountCandidate(p, null, Computed, lines.Min(l => l.Confidence) * 0.5, lines.LastOrDefault(l => AmountParser.FindAll(l.Text).Any(m => Math.Abs(m.Amount) == p)) ?? lines[^1])
            : null;

    /// <summary>
    /// No labelled total (OCR lost its line): a subtotal with the tax printed below it add up to the total, rounded by
    /// a rounding line that follows the tax. Low confidence, so the page is reviewed.
    /// </summary>
    public static AmountCandidate? SubtotalPlusTax(AmountCandidate? subtotal, AmountCandidate? tax, IReadOnlyList<InvoiceTextLine> lines)
    {
        if (subtotal is null || tax is null || RowIndex(tax.Line, lines) <= RowIndex(subtotal.Line, lines) || tax.Line.Page != subtotal.Line.Page)
        {
            return null;
        }

        var sum = new AmountCandidate(subtotal.Amount + tax.Amount, subtotal.Currency ?? tax.Currency, Computed, Math.Min(subtotal.Confidence, tax.Confidence) * 0.5, tax.Line);
        return ApplyRounding(sum, lines);
    }

    /// <summary>
    /// The whole OCR line a layout segment was cut from: on its page, the line whose box holds the segment's centre
    /// (the nearest by height when skewed boxes overlap). Without boxes the segments are the lines themselves.
    /// </summary>
    internal static int RowIndex(InvoiceTextLine segment, IReadOnlyList<InvoiceTextLine> rows)
    {
        if (segment.Box is { } box)
        {
            var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
            var holder = rows
                .Where(r => r.Page == segment.Page && r.Box is { } b && x >= b.X && x <= b.X + b.Width && y >= b.Y && y <= b.Y + b.Height)
                .MinBy(r => Math.Abs(r.Box!.Value.Y + r.Box.Value.Height / 2 - y));
            if (holder is not null)
            {
                return holder.Index;
            }
        }

        return Math.Clamp(segment.Index, 0, rows.Count - 1);
    }

    private static bool IsRounded(decimal amount) => amount * 100 % 5 == 0;

    [GeneratedRegex(@"(?:\bg?st|gst|tax|vat|sst|\b6s7|\b657|\b6st)\s*summary", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TaxSummary();

    [GeneratedRegex(@"^\W*(?:cash|change|tender|paid|payment|received|visa|master|card|credit)\b|cash\s*received|amount\s*(?:paid|received|tendered)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex Payment();

    [GeneratedRegex(@"\bround(?:ing|ed)?(?:\s*(?:adj\w*|amt|amount))?\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex Rounding();
}
