using OcrAsync.Core.Notifications;
using StackExchange.Redis;

namespace OcrAsync.Tests.Notifications;

public sealed class RedisJobNotifierTests
{
    [Fact]
    public async Task With_redis_unreachable_notifications_return_at_once_never_throw_and_are_logged_as_not_delivered()
    {
        // Nothing listens on port 1: every publish waits in the backlog until it times out.
        await using var redis = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,connectRetry=0");
        var logger = new RecordingLogger<RedisJobNotifier>();
        var options = Options.Create(new NotificationOptions { PublishTimeout = TimeSpan.FromSeconds(2) });
        var notifier = new RedisJobNotifier(redis, TimeProvider.System, options, logger);
        var job = new OcrJob { Id = Guid.NewGuid(), TaskId = Guid.NewGuid(), UserId = "alice", FileName = "a.png", ContentType = "image/png" };
        var result = new InvoiceOcrResult("text", 0.9, 1, new InvoiceData { InvoiceNumber = "INV-1" });

        notifier.Queued(job);
        notifier.Progress(job, 10, "Picked up by a worker");
        notifier.Completed(job, result);
        notifier.Failed(job, "broken");
        notifier.Cancelled(job);

        // The calls returned before any publish could time out (2 s): nothing has been reported yet.
        Assert.Empty(logger.Warnings);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (logger.Warnings.Count < 5 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(5, logger.Warnings.Count);
        Assert.All(logger.Warnings, w => Assert.Contains("was not delivered", w));
        Assert.Contains(logger.Warnings, w => w.Contains("ocr_completed") && w.Contains(job.Id.ToString()));
    }

    [Fact]
    public void The_envelope_is_snake_case_and_leaves_out_what_an_event_does_not_carry()
    {
        var id = Guid.NewGuid();
        var notification = new OcrNotification(
            NotificationTypes.Progress, "Recognised page 1 of 2", new OcrNotificationData { OcrResultId = id, Progress = 50 }, DateTimeOffset.UnixEpoch);

        var json = NotificationJson.Serialize(new NotificationEnvelope("alice", notification));

        Assert.Equal(
            $$$"""{"user_id":"alice","notification":{"type":"ocr_progress","message":"Recognised page 1 of 2","data":{"ocr_result_id":"{{{id}}}","progress":50},"timestamp":"1970-01-01T00:00:00+00:00"}}""",
            json);
        Assert.Equal(notification, NotificationJson.Deserialize(json)!.Notification);
    }
}
