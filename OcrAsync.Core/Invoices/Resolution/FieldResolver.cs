namespace OcrAsync.Core.Invoices.Resolution;

/// <summary>
/// The one decision for a field: every candidate is scored by its features and the named weights, the best one wins
/// (the earliest among equal scores).
/// </summary>
public static class FieldResolver
{
    /// <summary>Sees every decision of the current flow; null in the service. The fit-weights benchmark collects its training data with it.</summary>
    private static readonly AsyncLocal<Action<ResolverDecision>?> Observer = new();

    /// <summary>Calls <paramref name="onDecision"/> with every decision made from here on in this flow (null stops it).</summary>
    internal static void Observe(Action<ResolverDecision>? onDecision) => Observer.Value = onDecision;

    public static FieldCandidate? Pick(IEnumerable<FieldCandidate> candidates, ResolverWeights weights) =>
        Pick(candidates, c => c.Features, weights);

    public static T? Pick<T>(IEnumerable<T> candidates, Func<T, CandidateFeatures> features, ResolverWeights weights)
        where T : class
    {
        if (Observer.Value is { } observer)
        {
            var list = candidates.ToList();
            observer(new ResolverDecision(weights, list, list.Select(features).ToList()));
            candidates = list;
        }

        T? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Score(features(candidate), weights);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    public static double Score(CandidateFeatures f, ResolverWeights w) =>
        f.LabelStrength * w.LabelStrength
        + Direction(f.Direction, w)
        + f.ReadingPosition * w.ReadingPosition
        + f.PagePosition * w.PagePosition
        + Math.Clamp(f.TextHeight - 1, 0, 2) * w.TextHeight
        + f.Format * w.Format
        + Math.Min(f.Repetition, 3) * w.Repetition
        + f.Arithmetic * w.Arithmetic
        + (f.KeywordsAround ? w.KeywordsAround : 0)
        + (f.Zero ? w.Zero : 0)
        + (f.Repaired ? w.Repaired : 0)
        + (f.FromTemplate ? w.FromTemplate : 0)
        + (f.CompanyForm ? w.CompanyForm : 0)
        + (f.AboveAddress ? w.AboveAddress : 0)
        + (f.BuyerBlock ? w.BuyerBlock : 0)
        + (f.AfterHeading ? w.AfterHeading : 0)
        + (f.FooterCompany ? w.FooterCompany : 0);

    private static double Direction(LabelDirection direction, ResolverWeights w) => direction switch
    {
        LabelDirection.Inline => w.Inline,
        LabelDirection.Right => w.Right,
        LabelDirection.Below => w.Below,
        LabelDirection.Next => w.Next,
        LabelDirection.Above => w.Above,
        LabelDirection.HeaderRow => w.HeaderRow,
        _ => w.Unlabelled,
    };
}
