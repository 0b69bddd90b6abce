namespace OcrAsync.Api.Fallback;

/// <summary>The original design's synchronous fallback (`Fallback:*`): the API runs OCR itself when no worker is alive.</summary>
public sealed class FallbackOptions : IOptionsSection
{
    public static string SectionName => "Fallback";

    /// <summary>Needs Tesseract on the API's machine (the default API container image has none), so off unless set.</summary>
    public bool Enabled { get; set; }

    /// <summary>No worker heartbeat for this long means no worker is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WorkerAbsentAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// From the API's start, workers count as present at least this long (and at least <see cref="WorkerAbsentAfter"/>):
    /// a worker started beside the API waits for it to be healthy, then loads its engines, before it can report.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StartupGrace { get; set; } = TimeSpan.FromSeconds(60);
}
