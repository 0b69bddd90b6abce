namespace OcrAsync.Core.Invoices;

/// <summary>A labelled amount: the label's strength ranks candidates, the line gives provenance.</summary>
internal sealed record AmountCandidate(decimal Amount, string? Currency, int Strength, double Confidence, InvoiceTextLine Line)
{
    /// <summary>What the resolver weighs when this amount competes with others for a field.</summary>
    public Resolution.CandidateFeatures Features { get; init; } = new();

    /// <summary>The percentage printed in the amount's label ("VAT 19 %", "IVA (10%)"), for a tax.</summary>
    public decimal? Rate { get; init; }
}
