namespace OcrAsync.Api.Security;

/// <summary>One user's submit allowance: refilled from the clock when it is asked, never by a timer.</summary>
internal sealed class SubmitTokenBucket(double tokens, long updatedTicks)
{
    private readonly Lock _gate = new();
    private double _tokens = tokens;
    private long _updatedTicks = updatedTicks;

    /// <summary>Takes one token, or says how long until one is there.</summary>
    public bool TryTake(long nowTicks, double capacity, double tokensPerSecond, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            Refill(nowTicks, capacity, tokensPerSecond);
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / tokensPerSecond);
            return false;
        }
    }

    /// <summary>Full again by now: forgetting it changes nothing (a new bucket starts full).</summary>
    public bool IsFull(long nowTicks, double capacity, double tokensPerSecond)
    {
        lock (_gate)
        {
            Refill(nowTicks, capacity, tokensPerSecond);
            return _tokens >= capacity;
        }
    }

    private void Refill(long nowTicks, double capacity, double tokensPerSecond)
    {
        var elapsed = TimeSpan.FromTicks(Math.Max(0, nowTicks - _updatedTicks)).TotalSeconds;
        _tokens = Math.Min(capacity, _tokens + (elapsed * tokensPerSecond));
        _updatedTicks = Math.Max(nowTicks, _updatedTicks);
    }
}
