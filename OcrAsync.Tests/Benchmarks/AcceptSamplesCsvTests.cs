using OcrAsync.Benchmarks.Performance;

namespace OcrAsync.Tests.Benchmarks;

/// <summary>The accept benchmark's per-upload CSV, which slow uploads are lined up with sampled events by.</summary>
public sealed class AcceptSamplesCsvTests
{
    [Fact]
    public void Writes_one_line_per_upload_in_send_order_with_the_server_phases()
    {
        var later = new AcceptSample(new DateTime(2026, 11, 30, 9, 31, 50, 123, DateTimeKind.Utc), 80.5, 1.26, 78.0,
            ServerTiming.Parse("pre;dur=0.4, body;dur=0.3, check;dur=0.1, quota;dur=2.2, file;dur=9.5, store;dur=60.56, total;dur=73.1"));
        var earlier = new AcceptSample(new DateTime(2026, 11, 30, 9, 31, 49, 7, DateTimeKind.Utc), 12, 0, 11.5, ServerTiming.Parse(null));

        var lines = AcceptSamplesCsv.Format([later, earlier]).TrimEnd('\n').Split('\n');

        Assert.Equal(
            [
                "sent_utc,latency_ms,late_ms,client_ms,pre_ms,body_ms,check_ms,quota_ms,file_ms,store_ms,total_ms",
                // No Server-Timing header: the phases are unknown, not zero.
                "2026-11-30T09:31:49.007,12.0,0.0,11.5,NaN,NaN,NaN,NaN,NaN,NaN,NaN",
                "2026-11-30T09:31:50.123,80.5,1.3,78.0,0.4,0.3,0.1,2.2,9.5,60.6,73.1",
            ],
            lines);
    }
}
