namespace OcrAsync.Core.Invoices;

/// <summary>
/// The totals the page's own figures give, each relation counted on its own: subtotal + tax (less a discount, plus
/// shipping, or the line items' sum for the subtotal: <see cref="ArithmeticCheck.ExpectedTotals"/>), and on a till
/// receipt the cash tendered less the change (<see cref="ReceiptPayment.Paid"/>). A total candidate gets one
/// <see cref="CandidateFeatures.Arithmetic"/> point per relation it agrees with, and a <see cref="CandidateFeatures.Repetition"/>
/// point per other segment printing the same amount. An amount printed on the page that a relation gives is a total
/// candidate even when OCR lost or garbled its label (or printed it grouped with a space the page's vote did not join:
/// <see cref="DocumentConventions.SpaceGroupedReadings"/>); once there is one, a labelled total that agrees with no relation
/// is contradicted (−1).
/// </summary>
internal sealed record TotalRelations(IReadOnlyList<decimal> Expected, decimal? Paid)
{
    /// <summary>The <see cref="AmountCandidate.Strength"/> of a total found through the arithmetic, not through a label.</summary>
    public const int FromArithmetic = -2;

    /// <summary>Every amount a relation allows, for the final cross-check.</summary>
    public IReadOnlyList<decimal> Values => [.. Expected.Concat(Paid is { } paid ? [paid] : []).Where(v => v > 0).Distinct()];

    /// <summary>How many relations give <paramref name="amount"/>: 0, 1 or 2.</summary>
    public int Agreeing(decimal amount) =>
        (Expected.Any(e => Close(amount, e)) ? 1 : 0) + (Paid is { } paid && Close(amount, paid) ? 1 : 0);

    /// <summary>The labelled candidates with their arithmetic and repetition features, then the unlabelled amounts a relation gives.</summary>
    public List<AmountCandidate> Mark(IReadOnlyList<AmountCandidate> labelled, InvoiceLayout layout)
    {
        // Digits grouped with a plain space on a page that did not vote for it ("16 899.19") are read both ways here.
        var printed = layout.Lines
            .SelectMany(l => AmountParser.FindAll(l.Text).Where(m => m.Amount > 0).Select(m => (m.Amount, m.Currency, Line: l))
                .Concat(DocumentConventions.SpaceGroupedReadings(l.Text).Select(a => (Amount: a, Currency: (string?)null, Line: l))))
            .ToList();
        var unlabelled = new List<AmountCandidate>();
        foreach (var value in Values)
        {
            var prints = printed.Where(p => Close(p.Amount, value)).ToList();
            if (prints.Count == 0 || unlabelled.Any(u => Close(u.Amount, value)))
            {
                continue;
            }

            var (amount, currency, line) = prints[^1];
            unlabelled.Add(new AmountCandidate(amount, currency, FromArithmetic, line.Confidence * 0.7, line)
            {
                Features = new CandidateFeatures
                {
                    Direction = LabelDirection.None,
                    Arithmetic = Agreeing(amount),
                    Repetition = prints.Select(p => p.Line).Distinct().Count() - 1,
                    ReadingPosition = layout.ReadingPosition(line),
                    PagePosition = layout.PagePosition(line),
                    TextHeight = layout.TextHeight(line),
                },
            });
        }

        var contradicted = unlabelled.Count > 0;
        var marked = labelled.Select(c =>
        {
            var agreeing = Agreeing(c.Amount);
            return c with
            {
                Features = c.Features with
                {
                    Arithmetic = agreeing > 0 ? agreeing : contradicted ? -1 : 0,
                    Repetition = printed.Where(p => p.Line != c.Line && Close(p.Amount, c.Amount)).Select(p => p.Line).Distinct().Count(),
                },
            };
        });
        return [.. marked, .. unlabelled];
    }

    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= Math.Max(0.01m, Math.Abs(b) * 0.001m);
}
