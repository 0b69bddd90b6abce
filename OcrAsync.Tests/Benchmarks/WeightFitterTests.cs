using OcrAsync.Benchmarks.Fitting;
using OcrAsync.Core.Invoices.Resolution;

namespace OcrAsync.Tests.Benchmarks;

/// <summary>The fit-weights benchmark's fitter: named weights moved until the right candidates win, on sets built here.</summary>
public sealed class WeightFitterTests
{
    private static readonly CandidateFeatures Plain = new();
    private static readonly CandidateFeatures Keyworded = new() { KeywordsAround = true };
    private static readonly CandidateFeatures Agreeing = new() { Arithmetic = 1 };

    /// <summary>
    /// A keyword beats a plain value, and arithmetic agreement beats a keyword: two weights must grow, in that order.
    /// Without weights every set ties and the first (wrong) candidate wins.
    /// </summary>
    private static readonly CandidateSet[] Sets =
    [
        new([Plain, Keyworded], [false, true]),
        new([Plain, Keyworded], [false, true]),
        new([Keyworded, Agreeing], [false, true]),
        new([Plain, Keyworded, Agreeing], [false, false, true]),
        new([Plain, Plain], [false, false]), // No right candidate: no weight can help.
    ];

    private static readonly ResolverWeights Start = new() { LabelStrength = 0 };

    [Fact]
    public void Finds_weights_that_rank_the_right_candidate_first()
    {
        Assert.Equal(0, WeightFitter.Correct(Sets, Start));

        var fitted = WeightFitter.Fit(Sets, Start);

        Assert.Equal(4, WeightFitter.Correct(Sets, fitted));
        Assert.True(fitted.Arithmetic > fitted.KeywordsAround && fitted.KeywordsAround > 0, $"{fitted}");
    }

    [Fact]
    public void Keeps_the_weights_when_no_change_gains_and_leaves_fixed_weights_alone()
    {
        var right = new ResolverWeights { LabelStrength = 0, KeywordsAround = 1, Arithmetic = 2 };
        Assert.Equal(right, WeightFitter.Fit(Sets, right));

        var fixedKeywords = WeightFitter.Fit(Sets, Start, new HashSet<string> { nameof(ResolverWeights.KeywordsAround) });
        Assert.Equal(0, fixedKeywords.KeywordsAround);
        Assert.Equal(2, WeightFitter.Correct(Sets, fixedKeywords)); // Only the sets arithmetic decides.
    }
}
