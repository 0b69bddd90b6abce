using System.Diagnostics;
using OpenTelemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Exports a span that <see cref="LeanSampler"/> only recorded when it failed, or, for a request, when it took at least
/// <c>slowRequest</c>: the exporter, added after this processor, exports every span marked recorded when it ends. Its
/// children were not recorded, so such a trace is the one span.
/// </summary>
public sealed class NotableSpanPromoter(TimeSpan slowRequest) : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        if (data.Recorded || !data.IsAllDataRequested)
        {
            return;
        }

        if (data.Status == ActivityStatusCode.Error || (data.Kind == ActivityKind.Server && data.Duration >= slowRequest))
        {
            data.ActivityTraceFlags |= ActivityTraceFlags.Recorded;
        }
    }
}
