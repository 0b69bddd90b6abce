using System.ComponentModel.DataAnnotations;

namespace Microsoft.Extensions.Hosting;

/// <summary>Which traces are exported (section "Telemetry"); see <see cref="LeanSampler"/>.</summary>
public sealed class TraceSamplingOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// New traces (requests and jobs without a sampled caller) exported per second, per process, at most. Below this
    /// rate every trace is exported; above it, the rest are recorded but not exported unless they fail or are slow.
    /// </summary>
    [Range(0, 1_000_000)]
    public double SampledTracesPerSecond { get; set; } = 2;

    /// <summary>A request that took this long is exported even when its trace was not sampled.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan SlowRequest { get; set; } = TimeSpan.FromSeconds(1);
}
