using OcrAsync.Core.Invoices.Resolution;

namespace OcrAsync.Benchmarks.Fitting;

/// <summary>
/// The candidates one document offered for one field, in the order the finder gave them (the resolver keeps the earliest
/// of equal scores), and which of them equal the expected value.
/// </summary>
internal sealed record CandidateSet(IReadOnlyList<CandidateFeatures> Candidates, IReadOnlyList<bool> Right)
{
    /// <summary>Some candidate is right: the weights can make this document's field right.</summary>
    public bool Reachable => Right.Any(r => r);
}
