namespace OcrAsync.Core.Corrections;

/// <summary>
/// The recognised words of a completed job with their boxes (JSON), kept so that a correction can be learned from
/// without running OCR again. In their own table so status reads never load them.
/// </summary>
public sealed class OcrJobPages
{
    public Guid JobId { get; set; }
    public required string PagesJson { get; set; }
}
