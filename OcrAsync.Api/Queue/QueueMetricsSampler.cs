using OcrAsync.Core.Hosting;
using OcrAsync.Core.Telemetry;

namespace OcrAsync.Api.Queue;

/// <summary>
/// Samples the queue every few seconds for the dashboard's gauges (depth, pending, oldest wait, dead letters,
/// outbox backlog, workers and busy engines), so a metrics scrape never queries Redis or Postgres itself.
/// </summary>
public sealed class QueueMetricsSampler : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly QueueStatsReader _reader;
    private readonly BackgroundLoop _loop;
    private volatile QueueStats? _latest;

    public QueueMetricsSampler(QueueStatsReader reader, OcrMetrics metrics, BackgroundLoop loop)
    {
        _reader = reader;
        _loop = loop;
        var meter = metrics.Meter;
        meter.CreateObservableGauge("ocr.queue.depth", () => PerStream(s => s.Length), "{entry}", "Entries in each priority stream (waiting or running)");
        meter.CreateObservableGauge("ocr.queue.pending", () => PerStream(s => s.Pending), "{entry}", "Entries delivered to a worker and not finished");
        meter.CreateObservableGauge("ocr.queue.oldest_wait", () => _latest?.OldestQueuedSeconds ?? 0, "s", "Age of the oldest queued job");
        meter.CreateObservableGauge("ocr.deadletter.length", () => _latest?.DeadLetters ?? 0, "{entry}", "Jobs that failed after every retry");
        meter.CreateObservableGauge("ocr.outbox.backlog", () => _latest?.OutboxBacklog ?? 0, "{job}", "Stored jobs not yet published to Redis");
        meter.CreateObservableGauge("ocr.workers.alive", () => _latest?.WorkersAlive ?? 0, "{worker}", "Workers that reported recently");
        meter.CreateObservableGauge("ocr.engines.busy", () => _latest?.EnginesBusy ?? 0, "{engine}", "OCR engines running a page");
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _loop.RunAsync("queue-metrics", Interval, async ct => _latest = await _reader.ReadAsync(ct), stoppingToken);

    private IEnumerable<System.Diagnostics.Metrics.Measurement<long>> PerStream(Func<StreamStats, long> value) =>
        _latest?.Streams.Select(s => new System.Diagnostics.Metrics.Measurement<long>(value(s), new KeyValuePair<string, object?>("priority", s.Priority)))
        ?? [];
}
