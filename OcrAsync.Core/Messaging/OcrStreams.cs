namespace OcrAsync.Core.Messaging;

/// <summary>Names of the Redis keys the API and the workers agree on.</summary>
public static class OcrStreams
{
    public const string ConsumerGroup = "ocr-workers";

    /// <summary>Pub/sub channel that wakes idle consumers at once instead of waiting for their next poll.</summary>
    public const string WakeChannel = "ocr:jobs:wake";

    /// <summary>Hash of worker name → <see cref="WorkerStatus"/> JSON, refreshed by each worker.</summary>
    public const string WorkersKey = "ocr:workers";

    /// <summary>Entries whose job failed for good after every retry, kept for inspection.</summary>
    public const string DeadLetterStream = "ocr:jobs:dead";

    /// <summary>Streams in the order workers read them.</summary>
    public static readonly IReadOnlyList<JobPriority> ReadOrder = [JobPriority.High, JobPriority.Normal, JobPriority.Low];

    public static string ForPriority(JobPriority priority) => priority switch
    {
        JobPriority.High => "ocr:jobs:high",
        JobPriority.Low => "ocr:jobs:low",
        _ => "ocr:jobs:normal",
    };
}
