namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// Which set seeds are for what. Tuning: 1–99, look at them as much as you like. Held-out: 500 and above, generated
/// only by the integrator for the final figures, never while tuning. 100–499 are reserved and refused.
/// </summary>
internal static class SeedRanges
{
    public const int TuningFirst = 1;
    public const int TuningLast = 99;
    public const int HeldOutFirst = 500;

    /// <summary>Null when <paramref name="seed"/> may be generated; otherwise why not.</summary>
    public static string? Refusal(int seed, bool heldOut) => heldOut
        ? seed >= HeldOutFirst && seed < 20_000 ? null : $"--held-out needs a seed from {HeldOutFirst} to 19999, not {seed}."
        : seed is >= TuningFirst and <= TuningLast ? null
        : $"Seed {seed} is not a tuning seed ({TuningFirst}-{TuningLast}); held-out seeds (>= {HeldOutFirst}) need --held-out and are for the final report only.";
}
