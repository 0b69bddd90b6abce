namespace OcrAsync.Api.Queue;

/// <summary>
/// Samples the queue for the dashboard's gauges (depth, pending, oldest wait, dead letters, outbox backlog, workers and
/// busy engines), so a metrics collection never queries Redis or Postgres itself. It samples only when the gauges were
/// read since the last sample, at most every few seconds: without a metrics exporter it never queries anything, and an
/// exporter sees figures one collection old.
/// </summary>
public sealed class QueueMetricsSampler : BackgroundService
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(5);

    private readonly QueueStatsReader _reader;
    private readonly BackgroundLoop _loop;
    private readonly SemaphoreSlim _observed = new(0, 1);
    private volatile QueueStats? _latest;

    public QueueMetricsSampler(QueueStatsReader reader, OcrMetrics metrics, BackgroundLoop loop)
    {
        _reader = reader;
        _loop = loop;
        var meter = metrics.Meter;
        meter.CreateObservableGauge("ocr.queue.depth", () => PerStream(s => s.Length), "{entry}", "Entries in each priority stream (waiting or running)");
        meter.CreateObservableGauge("ocr.queue.pending", () => PerStream(s => s.Pending), "{entry}", "Entries delivered to a worker and not finished");
        meter.CreateObservableGauge("ocr.queue.oldest_wait", () => Latest?.OldestQueuedSeconds ?? 0, "s", "Age of the oldest queued job");
        meter.CreateObservableGauge("ocr.deadletter.length", () => Latest?.DeadLetters ?? 0, "{entry}", "Jobs that failed after every retry");
        meter.CreateObservableGauge("ocr.outbox.backlog", () => Latest?.OutboxBacklog ?? 0, "{job}", "Stored jobs not yet published to Redis");
        meter.CreateObservableGauge("ocr.workers.alive", () => Latest?.WorkersAlive ?? 0, "{worker}", "Workers that reported recently");
        meter.CreateObservableGauge("ocr.engines.busy", () => Latest?.EnginesBusy ?? 0, "{engine}", "OCR engines running a page");
    }

    /// <summary>The last sample; reading it (a metrics collection) asks for a fresh one.</summary>
    private QueueStats? Latest
    {
        get
        {
            if (_observed.CurrentCount == 0)
            {
                try
                {
                    _observed.Release();
                }
                catch (SemaphoreFullException)
                {
                    // Another gauge asked at the same moment: one sample serves both.
                }
            }

            return _latest;
        }
    }

    // Each step waits until the gauges were read since the last sample (a metrics collection), then samples.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _loop.RunAsync("queue-metrics", MinInterval, async ct =>
        {
            await _observed.WaitAsync(ct);
            _latest = await _reader.ReadAsync(ct);
        }, stoppingToken);

    public override void Dispose()
    {
        _observed.Dispose();
        base.Dispose();
    }

    private IEnumerable<System.Diagnostics.Metrics.Measurement<long>> PerStream(Func<StreamStats, long> value) =>
        Latest?.Streams.Select(s => new System.Diagnostics.Metrics.Measurement<long>(value(s), new KeyValuePair<string, object?>("priority", s.Priority)))
        ?? [];
}
