using System.Globalization;

namespace OcrAsync.Core.Invoices;

/// <summary>
/// Cross-checks subtotal + tax against the total: agreement raises the total's confidence, disagreement
/// lowers it and asks for review (OCR misreads digits even on clean renders, e.g. 570.00 → 370.00).
/// </summary>
internal static class TotalsCheck
{
    public static ExtractedField Apply(AmountCandidate total, AmountCandidate? subtotal, AmountCandidate? tax, List<string> reasons)
    {
        var confidence = total.Confidence;
        if (subtotal is not null && tax is not null)
        {
            var sum = subtotal.Amount + tax.Amount;
            if (Close(sum, total.Amount))
            {
                confidence = Math.Min(1.0, Math.Max(confidence, 0.9) + 0.05);
            }
            else if (!Close(subtotal.Amount, total.Amount))
            {
                confidence *= 0.6;
                reasons.Add(string.Create(CultureInfo.InvariantCulture,
                    $"subtotal + tax ({sum:0.00}) does not match total ({total.Amount:0.00})"));
            }
        }

        return InvoiceFieldExtractor.AmountField(total, confidence);
    }

    // A "subtotal" equal to the total is a tax-inclusive subtotal (common in NL/MY): no conflict, no boost.
    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= Math.Max(0.01m, Math.Abs(b) * 0.001m);
}
