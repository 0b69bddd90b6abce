namespace OcrAsync.Core.Invoices.Resolution;

/// <summary>
/// One value that may be a field, with where it was read (<see cref="Field"/>'s page and box), its confidence before the
/// decision, and its <see cref="Features"/>. <see cref="Amount"/> holds the number of amount candidates.
/// </summary>
public sealed record FieldCandidate(ExtractedField Field, CandidateFeatures Features, decimal? Amount = null)
{
    public string Value => Field.Value;

    /// <summary>
    /// A value read by a template or a learned profile, entered as one more candidate: it is scored with the others
    /// (<see cref="CandidateFeatures.FromTemplate"/> weighs heavily) and checked by the same arithmetic.
    /// </summary>
    public static FieldCandidate FromTemplate(ExtractedField field, decimal? amount = null) =>
        new(field, new CandidateFeatures { FromTemplate = true, Direction = LabelDirection.None }, amount);
}
