namespace OcrAsync.Api.Services;

/// <summary>Set by a submit whose publish failed or timed out, so <see cref="OutboxRelay"/> publishes the job soon.</summary>
public sealed class OutboxWakeUp : IDisposable
{
    public LoopWakeUp Signal { get; } = new();

    public void Dispose() => Signal.Dispose();
}
