namespace OcrAsync.Core.Invoices.Resolution;

/// <summary>
/// One decision of <see cref="FieldResolver"/> as an observer sees it: the weights (which say the field), the candidates
/// in the order given (a <see cref="FieldCandidate"/> or an <see cref="AmountCandidate"/>) and their features.
/// </summary>
internal sealed record ResolverDecision(ResolverWeights Weights, IReadOnlyList<object> Candidates, IReadOnlyList<CandidateFeatures> Features);
