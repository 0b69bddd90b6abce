using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Exports what a developer looks at and drops what only costs: every span of each trace is exported or not together.
/// <list type="bullet">
/// <item>A span under a sampled parent is sampled (the client's or the API's decision carries over to the worker).</item>
/// <item>A new trace (a request, a job whose upload was not sampled) is sampled while the <see cref="TraceBudget"/>
/// allows; otherwise it is recorded only, so <see cref="NotableSpanPromoter"/> can still export it if it fails or is slow
/// (the trace id stays in the job's status either way).</item>
/// <item>A database or Redis call with no request or job around it (the background loops' polls) starts no trace.</item>
/// </list>
/// At 50 uploads/s, exporting every upload's spans cost the Aspire dashboard and its proxy ~9 ms of CPU per upload.
/// </summary>
public sealed class LeanSampler(TraceBudget budget) : Sampler
{
    private static readonly SamplingResult Sampled = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult RecordedOnly = new(SamplingDecision.RecordOnly);
    private static readonly SamplingResult Dropped = new(SamplingDecision.Drop);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var parent = samplingParameters.ParentContext;
        if (parent.TraceId != default)
        {
            if (parent.TraceFlags.HasFlag(ActivityTraceFlags.Recorded))
            {
                return Sampled;
            }

            // A remote parent not sampled: this process's first span of the trace, which may still fail.
            return parent.IsRemote ? RecordedOnly : Dropped;
        }

        if (samplingParameters.Kind == ActivityKind.Client)
        {
            return Dropped;
        }

        return budget.TryTake() ? Sampled : RecordedOnly;
    }
}
