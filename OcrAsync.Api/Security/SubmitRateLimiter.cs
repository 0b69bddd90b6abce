using System.Collections.Concurrent;

namespace OcrAsync.Api.Security;

/// <summary>
/// Per-user token buckets for submits (<see cref="AbuseOptions.SubmitBurst"/>, then
/// <see cref="AbuseOptions.SubmitsPerMinute"/>), refilled from the clock when a submit asks. ASP.NET Core's rate limiter
/// did the same with a heartbeat timer every 100 ms, even with no request at all: ten wake-ups a second of an idle API.
/// Buckets full again are forgotten at most once per <see cref="SweepInterval"/>, on a submit, so users long gone cost
/// no memory and nothing runs while nobody submits.
/// </summary>
public sealed class SubmitRateLimiter(IOptions<AbuseOptions> options, TimeProvider timeProvider)
{
    /// <summary>How often, at most, a submit also forgets the buckets that are full again.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, SubmitTokenBucket> _buckets = new(StringComparer.Ordinal);
    private long _lastSweepTicks = timeProvider.GetUtcNow().UtcTicks;

    /// <summary>Users with a bucket that is not full (for tests and diagnostics).</summary>
    public int TrackedUsers => _buckets.Count;

    /// <summary>Takes one submit from <paramref name="userId"/>'s allowance, or says when the next one is allowed.</summary>
    public bool TryAcquire(string userId, out TimeSpan retryAfter)
    {
        var (capacity, perSecond) = (options.Value.SubmitBurst, options.Value.SubmitsPerMinute / 60.0);
        var now = timeProvider.GetUtcNow().UtcTicks;
        SweepIfDue(now, capacity, perSecond);
        var bucket = _buckets.GetOrAdd(userId, static (_, state) => new SubmitTokenBucket(state.capacity, state.now), (capacity: (double)capacity, now));
        return bucket.TryTake(now, capacity, perSecond, out retryAfter);
    }

    private void SweepIfDue(long now, double capacity, double perSecond)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now - last < SweepInterval.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now, last) != last)
        {
            return;
        }

        // A submit racing with the removal may take its token from the forgotten bucket: at most one extra submit for
        // a user who had a full allowance anyway.
        foreach (var (user, bucket) in _buckets)
        {
            if (bucket.IsFull(now, capacity, perSecond))
            {
                _buckets.TryRemove(new KeyValuePair<string, SubmitTokenBucket>(user, bucket));
            }
        }
    }
}
