using System.Reflection;
using OcrAsync.Core.Invoices.Resolution;

namespace OcrAsync.Benchmarks.Fitting;

/// <summary>
/// Fits the named weights of one field by coordinate ascent on the number of documents whose right candidate wins
/// (<see cref="FieldResolver"/>'s rule: highest score, earliest of equals). The score is linear in each weight, so for one
/// weight every document is right on a union of intervals bounded where a right and a wrong candidate score alike; the
/// weight moves to the middle of the interval most documents agree on, only for a strict gain; passes repeat until none
/// gains. Starting from the shipped weights, the result is still a readable <see cref="ResolverWeights"/>. Each
/// candidate's coefficient per weight is read from <see cref="FieldResolver.Score"/> itself, so a new feature or weight
/// is fitted without a change here.
/// </summary>
internal static class WeightFitter
{
    private const int MaxPasses = 20;

    private static readonly PropertyInfo[] Weights = typeof(ResolverWeights).GetProperties()
        .Where(p => p.PropertyType == typeof(double) && p.CanWrite)
        .ToArray();

    /// <summary>The names of the weights the fitter may set, in their declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = Weights.Select(p => p.Name).ToArray();

    public static ResolverWeights Fit(IReadOnlyList<CandidateSet> sets, ResolverWeights start, IReadOnlySet<string>? fixedWeights = null)
    {
        var informative = sets.Where(s => s.Reachable && s.Right.Any(r => !r)).ToList();
        var x = informative.Select(s => s.Candidates.Select(Coefficients).ToArray()).ToArray();
        var w = Weights.Select(p => (double)p.GetValue(start)!).ToArray();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var gained = false;
            for (var j = 0; j < w.Length; j++)
            {
                if (fixedWeights?.Contains(Weights[j].Name) != true && BestValue(informative, x, w, j) is { } better)
                {
                    w[j] = better;
                    gained = true;
                }
            }

            if (!gained)
            {
                break;
            }
        }

        return With(start, w);
    }

    /// <summary>How many sets the weights decide right, with <see cref="FieldResolver.Pick{T}"/> itself.</summary>
    public static int Correct(IEnumerable<CandidateSet> sets, ResolverWeights weights) =>
        sets.Count(s => FieldResolver.Pick(Enumerable.Range(0, s.Candidates.Count).Select(i => (object)i), i => s.Candidates[(int)i], weights) is int picked && s.Right[picked]);

    /// <summary>A value of weight <paramref name="j"/> that decides strictly more sets right than its current one, or null.</summary>
    private static double? BestValue(List<CandidateSet> sets, double[][][] x, double[] w, int j)
    {
        var current = w[j];
        var now = 0;
        var events = new List<(double At, int Delta)>();
        for (var s = 0; s < sets.Count; s++)
        {
            // Each candidate's score is rest + t·slope as weight j takes the value t.
            var slope = x[s].Select(c => c[j]).ToArray();
            var rest = x[s].Select(c => Dot(c, w) - (c[j] * current)).ToArray();
            now += IsRight(sets[s], rest, slope, current) ? 1 : 0;
            var cuts = new SortedSet<double>();
            for (var a = 0; a < slope.Length; a++)
            {
                for (var b = 0; b < slope.Length; b++)
                {
                    if (sets[s].Right[a] && !sets[s].Right[b] && slope[a] != slope[b])
                    {
                        cuts.Add((rest[b] - rest[a]) / (slope[a] - slope[b]));
                    }
                }
            }

            // Right or not on each interval between cuts, tried at a point inside it.
            var bounds = cuts.Prepend(double.NegativeInfinity).Append(double.PositiveInfinity).ToArray();
            for (var k = 0; k + 1 < bounds.Length; k++)
            {
                if (IsRight(sets[s], rest, slope, Inside(bounds[k], bounds[k + 1])))
                {
                    events.Add((bounds[k], 1));
                    events.Add((bounds[k + 1], -1));
                }
            }
        }

        // Sweep the intervals' ends: after the events at one value, the count holds until the next value.
        var ordered = events.GroupBy(e => e.At).OrderBy(g => g.Key).ToList();
        var (best, at) = (now, (double?)null);
        var count = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            count += ordered[i].Sum(e => e.Delta);
            var next = i + 1 < ordered.Count ? ordered[i + 1].Key : double.PositiveInfinity;
            if (ordered[i].Key < next && Inside(ordered[i].Key, next) is var value
                && (count > best || (count == best && at is { } chosen && Math.Abs(value - current) < Math.Abs(chosen - current))))
            {
                (best, at) = (count, value);
            }
        }

        return at;
    }

    private static bool IsRight(CandidateSet set, double[] rest, double[] slope, double t)
    {
        var (best, bestScore) = (-1, double.NegativeInfinity);
        for (var c = 0; c < rest.Length; c++)
        {
            var score = rest[c] + (t * slope[c]);
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return set.Right[best];
    }

    /// <summary>A round point inside (from, to): the middle rounded to as few decimals as stay inside, one past an open end.</summary>
    private static double Inside(double from, double to)
    {
        if (double.IsNegativeInfinity(from) || double.IsPositiveInfinity(to))
        {
            return double.IsNegativeInfinity(from) && double.IsPositiveInfinity(to) ? 0
                : double.IsNegativeInfinity(from) ? Math.Floor(to) - 1 : Math.Ceiling(from) + 1;
        }

        var middle = (from + to) / 2;
        for (var decimals = 0; decimals <= 6; decimals++)
        {
            var round = Math.Round(middle, decimals);
            if (round > from && round < to)
            {
                return round;
            }
        }

        return middle;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>The candidate's score under each weight alone set to 1 (all others 0): its coefficient for that weight.</summary>
    private static double[] Coefficients(CandidateFeatures features)
    {
        var zero = With(new ResolverWeights(), new double[Weights.Length]);
        return Weights.Select((_, j) =>
        {
            var unit = new double[Weights.Length];
            unit[j] = 1;
            return FieldResolver.Score(features, With(zero, unit));
        }).ToArray();
    }

    private static ResolverWeights With(ResolverWeights start, double[] values)
    {
        var copy = start with { };
        for (var j = 0; j < Weights.Length; j++)
        {
            Weights[j].SetValue(copy, values[j]);
        }

        return copy;
    }
}
