namespace Microsoft.Extensions.Hosting;

/// <summary>A token bucket: at most <c>perSecond</c> takes a second on average, bursts of up to one second's worth.</summary>
public sealed class TraceBudget
{
    private readonly Lock _lock = new();
    private readonly double _perSecond;
    private readonly double _capacity;
    private readonly TimeProvider _timeProvider;
    private double _tokens;
    private long _refilledAt;

    public TraceBudget(double perSecond, TimeProvider timeProvider)
    {
        _perSecond = perSecond;
        _capacity = Math.Max(1, perSecond);
        _timeProvider = timeProvider;
        _tokens = _capacity;
        _refilledAt = timeProvider.GetTimestamp();
    }

    public bool TryTake()
    {
        if (_perSecond <= 0)
        {
            return false;
        }

        lock (_lock)
        {
            var now = _timeProvider.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (_timeProvider.GetElapsedTime(_refilledAt, now).TotalSeconds * _perSecond));
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
