namespace OcrAsync.Core.Hosting;

/// <summary>What each <see cref="BackgroundLoop"/> last did, for <see cref="BackgroundLoopHealthCheck"/>.</summary>
public sealed class LoopMonitor(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, LoopState> _loops = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, LoopState> Loops => _loops;

    public void Started(string name) => _loops[name] = new LoopState(Running: true, FailingSince: null, LastError: null);

    public void Succeeded(string name) => _loops[name] = new LoopState(Running: true, FailingSince: null, LastError: null);

    public void Failed(string name, Exception exception) =>
        _loops.AddOrUpdate(
            name,
            _ => new LoopState(true, timeProvider.GetUtcNow(), Describe(exception)),
            (_, state) => state with { FailingSince = state.FailingSince ?? timeProvider.GetUtcNow(), LastError = Describe(exception) });

    public void Stopped(string name) => _loops.AddOrUpdate(
        name, _ => new LoopState(false, null, null), (_, state) => state with { Running = false });

    public TimeSpan? FailingFor(LoopState state) => timeProvider.GetUtcNow() - state.FailingSince;

    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";
}
