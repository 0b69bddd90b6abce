using System.ComponentModel.DataAnnotations;

namespace OcrAsync.Worker.Consumers;

public sealed class ConsumerOptions : IOptionsSection
{
    public static string SectionName => "Consumer";

    /// <summary>Unique per process so Redis can tell whose pending entries are whose.</summary>
    [Required]
    public string ConsumerName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Parallel consumer loops; 0 means one per OCR engine.</summary>
    [Range(0, 256)]
    public int Concurrency { get; set; }

    /// <summary>
    /// Longest wait between reads when idle. Every publish wakes the loops through pub/sub, so this is only the backstop
    /// for a wake-up lost while the subscription was down; short intervals only cost an idle worker CPU and Redis calls.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a job may run before another worker may take it over; renewed at every page.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Entries pending this long belonged to a worker that died; they are claimed again.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan ReclaimIdleTime { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReclaimInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A worker silent this long (a process of an earlier run, a crashed one) is removed from the worker list, and a
    /// consumer idle this long with nothing pending from the consumer group, so queue stats show only the living.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "7.00:00:00")]
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A low-priority job waiting longer than this is taken before high and normal ones (never starved).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LowPriorityMaxWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts at one job before it is failed for good and dead-lettered (the first run plus retries).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First retry delay; each later retry doubles it, with ±20 % jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
