namespace OcrAsync.Core.Jobs;

/// <summary>
/// A priority as text outside the API's JSON (which names it through the enum converter): the tag of the traces and
/// metrics, the stream's name in the queue stats. One owner, so a dashboard filter and a stats key cannot drift apart.
/// </summary>
public static class JobPriorityNames
{
    /// <summary>"low", "normal" or "high".</summary>
    public static string Name(JobPriority priority) => priority switch
    {
        JobPriority.Low => "low",
        JobPriority.Normal => "normal",
        JobPriority.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown job priority."),
    };
}
