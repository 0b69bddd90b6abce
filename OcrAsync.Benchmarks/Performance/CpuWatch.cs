namespace OcrAsync.Benchmarks.Performance;

/// <summary>CPU time of this process since the last lap: robust to other work on a shared machine, unlike wall time.</summary>
internal sealed class CpuWatch
{
    private readonly Process _self = Process.GetCurrentProcess();
    private TimeSpan _last;

    public CpuWatch() => _last = Now();

    public double Lap()
    {
        var now = Now();
        var ms = (now - _last).TotalMilliseconds;
        _last = now;
        return ms;
    }

    private TimeSpan Now()
    {
        _self.Refresh();
        return _self.TotalProcessorTime;
    }
}
