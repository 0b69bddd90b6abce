using System.Diagnostics.Metrics;

namespace OcrAsync.Core.Telemetry;

/// <summary>Job counters and timings; shown on the dashboard's metrics page.</summary>
public sealed class OcrMetrics
{
    private readonly Counter<long> _submitted;
    private readonly Counter<long> _completed;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _cancelled;
    private readonly Counter<long> _retried;
    private readonly Histogram<double> _processingTime;
    private readonly Histogram<double> _queueWait;
    private readonly Counter<long> _upkeepRemoved;
    private readonly Histogram<double> _engineCpu;

    public OcrMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(OcrTelemetry.Name);
        _submitted = Meter.CreateCounter<long>("ocr.jobs.submitted", "{job}", "Jobs accepted by the API");
        _completed = Meter.CreateCounter<long>("ocr.jobs.completed", "{job}", "Jobs completed");
        _failed = Meter.CreateCounter<long>("ocr.jobs.failed", "{job}", "Jobs failed for good");
        _cancelled = Meter.CreateCounter<long>("ocr.jobs.cancelled", "{job}", "Jobs cancelled");
        _retried = Meter.CreateCounter<long>("ocr.jobs.retried", "{job}", "Attempts retried after a transient error");
        _processingTime = Meter.CreateHistogram<double>("ocr.job.processing_time", "s", "Time from pick-up to result");
        _queueWait = Meter.CreateHistogram<double>("ocr.job.queue_wait", "s", "Time from submission to pick-up");
        _upkeepRemoved = Meter.CreateCounter<long>(
            "ocr.upkeep.removed", "{item}", "What scheduled upkeep removed: upload files, jobs, dead-letter entries; stuck jobs re-queued");
        _engineCpu = Meter.CreateHistogram<double>(
            "ocr.engine.cpu_time", "s", "CPU time of an engine thread per read: a page's first read, its second read, or a call of line reads");
    }

    /// <summary>The meter, for services that add observable gauges of their own.</summary>
    public Meter Meter { get; }

    public void Submitted(JobPriority priority) => _submitted.Add(1, Tag(priority));

    public void Completed(JobPriority priority, TimeSpan processingTime)
    {
        _completed.Add(1, Tag(priority));
        _processingTime.Record(processingTime.TotalSeconds, Tag(priority));
    }

    public void Failed(JobPriority priority, string reason) =>
        _failed.Add(1, Tag(priority), new KeyValuePair<string, object?>("reason", reason));

    public void Cancelled(JobPriority priority) => _cancelled.Add(1, Tag(priority));

    public void Retried(JobPriority priority) => _retried.Add(1, Tag(priority));

    public void PickedUp(JobPriority priority, TimeSpan queueWait) => _queueWait.Record(queueWait.TotalSeconds, Tag(priority));

    /// <summary>Recorded for every run, zero included, so the dashboard shows that the schedule runs.</summary>
    public void UpkeepRemoved(string schedule, long count) => _upkeepRemoved.Add(count, new KeyValuePair<string, object?>("schedule", schedule));

    /// <summary>One engine read's thread CPU time; <paramref name="read"/> is first_read, second_read or line_reads.</summary>
    public void EngineRead(string read, TimeSpan cpuTime) => _engineCpu.Record(cpuTime.TotalSeconds, new KeyValuePair<string, object?>("read", read));

    private static KeyValuePair<string, object?> Tag(JobPriority priority) => new("priority", JobPriorityNames.Name(priority));
}
