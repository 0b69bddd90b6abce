using OcrAsync.Api.Security;

namespace OcrAsync.Tests.Security;

public sealed class SubmitRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly SubmitRateLimiter _limiter;

    public SubmitRateLimiterTests() =>
        _limiter = new SubmitRateLimiter(Options.Create(new AbuseOptions { SubmitBurst = 5, SubmitsPerMinute = 60 }), _time);

    [Fact]
    public void A_burst_is_allowed_then_the_next_submit_waits_one_refill_and_other_users_are_unaffected()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.True(_limiter.TryAcquire("alice", out _));
        }

        Assert.False(_limiter.TryAcquire("alice", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(1), retryAfter);
        Assert.True(_limiter.TryAcquire("bob", out _));

        _time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.False(_limiter.TryAcquire("alice", out retryAfter));
        Assert.InRange(retryAfter.TotalMilliseconds, 599, 601);

        _time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.True(_limiter.TryAcquire("alice", out _));
        Assert.False(_limiter.TryAcquire("alice", out _));
    }

    [Fact]
    public void The_allowance_refills_with_time_but_never_beyond_the_burst()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.True(_limiter.TryAcquire("alice", out _));
        }

        _time.Advance(TimeSpan.FromHours(1));
        var allowed = 0;
        while (_limiter.TryAcquire("alice", out _))
        {
            allowed++;
        }

        Assert.Equal(5, allowed);
    }

    [Fact]
    public void Users_whose_allowance_is_full_again_are_forgotten_on_a_later_submit_and_the_others_kept()
    {
        Assert.True(_limiter.TryAcquire("gone", out _));
        _time.Advance(SubmitRateLimiter.SweepInterval - TimeSpan.FromSeconds(2));
        for (var i = 0; i < 5; i++)
        {
            Assert.True(_limiter.TryAcquire("busy", out _));
        }

        Assert.Equal(2, _limiter.TrackedUsers);

        // A minute after start a submit sweeps: "gone" is full again, "busy" has refilled 2 of 5.
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(_limiter.TryAcquire("busy", out _));
        Assert.Equal(1, _limiter.TrackedUsers);
        Assert.True(_limiter.TryAcquire("busy", out _));
        Assert.False(_limiter.TryAcquire("busy", out _));

        // Forgotten means a fresh, full allowance: the same as the one it had.
        for (var i = 0; i < 5; i++)
        {
            Assert.True(_limiter.TryAcquire("gone", out _));
        }

        Assert.False(_limiter.TryAcquire("gone", out _));
    }
}
