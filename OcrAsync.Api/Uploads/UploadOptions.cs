namespace OcrAsync.Api.Uploads;

public sealed class UploadOptions : IOptionsSection
{
    public static string SectionName => "Upload";

    /// <summary>Largest accepted file; default 10 MB.</summary>
    [Range(1, 512L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most files in one bulk upload.</summary>
    [Range(1, 1000)]
    public int MaxFilesPerBatch { get; set; } = 50;

    /// <summary>Largest bulk request body; default 200 MB.</summary>
    [Range(1, 4L * 1024 * 1024 * 1024)]
    public long MaxBulkRequestBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>
    /// In a bulk upload, each file up to this size is buffered in (pooled) memory while the form is read; larger ones go
    /// to a temporary file, so a 200 MB batch is not held in memory. Default 1 MB. A single-file upload reads its file
    /// straight into memory whatever its size (<see cref="StreamedForm"/>): its body is capped at one file.
    /// </summary>
    [Range(0, 64L * 1024 * 1024)]
    public int MemoryBufferBytes { get; set; } = 1024 * 1024;

    [Range(0.0, 1.0)]
    public double DefaultConfidenceThreshold { get; set; } = 0.7;

    /// <summary>Values the `language` field may take (Tesseract language sets installed on the workers).</summary>
    [MinLength(1)]
    public string[] Languages { get; set; } = ["eng", "vie", "eng+vie"];
}
