using StackExchange.Redis;

namespace OcrAsync.Tests.Messaging;

public sealed class OcrJobStreamEntryTests
{
    [Fact]
    public void An_entry_survives_the_round_trip_through_stream_fields()
    {
        var original = new OcrJobStreamEntry(Guid.NewGuid(), DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), "00-abc-def-01");

        var parsed = OcrJobStreamEntry.TryParse(new StreamEntry("1-0", original.ToFields()));

        Assert.Equal(original, parsed);
    }

    [Fact]
    public void An_entry_without_a_job_id_is_not_ours()
    {
        var entry = new StreamEntry("1-0", [new NameValueEntry("something", "else")]);

        Assert.Null(OcrJobStreamEntry.TryParse(entry));
    }

    [Fact]
    public void Priorities_map_to_distinct_streams_read_high_first()
    {
        var streams = OcrStreams.ReadOrder.Select(OcrStreams.ForPriority).ToList();

        Assert.Equal(["ocr:jobs:high", "ocr:jobs:normal", "ocr:jobs:low"], streams);
        Assert.Equal(JobPriority.High, OcrStreams.ReadOrder[0]);
    }
}
