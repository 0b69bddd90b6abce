using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OcrAsync.Core.Telemetry;

/// <summary>TEMPORARY: step timings of one request, for the Redis-freeze investigation.</summary>
public static class AcceptTrace
{
    private static readonly AsyncLocal<Steps?> Current = new();

    public static Steps Start()
    {
        var steps = new Steps();
        Current.Value = steps;
        steps.Mark("start");
        return steps;
    }

    public static void Mark(string step) => Current.Value?.Mark(step);

    public sealed class Steps
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly StringBuilder _text = new();

        public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

        public void Mark(string step)
        {
            lock (_text)
            {
                _text.Append(CultureInfo.InvariantCulture,
                    $"{step}:{Stopwatch.GetElapsedTime(_started).TotalMilliseconds:F0}[t{ThreadPool.ThreadCount}/q{ThreadPool.PendingWorkItemCount}] ");
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                return $"at {StartedAt:HH:mm:ss.fff} " + _text;
            }
        }
    }
}
