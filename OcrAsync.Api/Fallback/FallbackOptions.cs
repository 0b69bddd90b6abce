using System.ComponentModel.DataAnnotations;

namespace OcrAsync.Api.Fallback;

/// <summary>The original design's synchronous fallback (`Fallback:*`): the API runs OCR itself when no worker is alive.</summary>
public sealed class FallbackOptions
{
    public const string SectionName = "Fallback";

    /// <summary>Needs Tesseract on the API's machine (the default API container image has none), so off unless set.</summary>
    public bool Enabled { get; set; }

    /// <summary>No worker heartbeat for this long means no worker is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WorkerAbsentAfter { get; set; } = TimeSpan.FromSeconds(30);
}
