using System.ComponentModel.DataAnnotations;

namespace OcrAsync.Api.Uploads;

public sealed class UploadOptions
{
    public const string SectionName = "Upload";

    /// <summary>Largest accepted file; default 10 MB.</summary>
    [Range(1, 512L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    [Range(0.0, 1.0)]
    public double DefaultConfidenceThreshold { get; set; } = 0.7;
}
