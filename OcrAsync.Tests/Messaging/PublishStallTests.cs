using OcrAsync.Core.Messaging;

namespace OcrAsync.Tests.Messaging;

public sealed class PublishStallTests
{
    [Fact]
    public async Task A_publish_unanswered_in_time_marks_redis_stalled_until_it_or_a_later_one_completes()
    {
        var stall = new PublishStall();
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        Assert.False(stall.IsStalled);

        stall.Unanswered(first.Task);
        stall.Unanswered(second.Task);
        Assert.True(stall.IsStalled);

        // A publish that fails (StackExchange.Redis's own timeout) says nothing new: still stalled.
        first.SetException(new TimeoutException("Redis did not answer"));
        await Assert.ThrowsAsync<TimeoutException>(() => first.Task);
        Assert.True(stall.IsStalled);

        // One that completes (Redis thawed and ran the backlog) ends the stall.
        second.SetResult();
        await second.Task;
        Assert.False(stall.IsStalled);
    }

    [Fact]
    public void An_answered_publish_ends_the_stall_and_a_completed_one_does_not_start_it()
    {
        var stall = new PublishStall();
        stall.Unanswered(new TaskCompletionSource().Task);
        stall.Answered();
        Assert.False(stall.IsStalled);

        stall.Unanswered(Task.CompletedTask);
        Assert.False(stall.IsStalled);
    }
}
