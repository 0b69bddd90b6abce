namespace OcrAsync.Core.Jobs;

/// <summary>The uploaded bytes, in their own table so status reads never load them.</summary>
public sealed class OcrJobFile
{
    public Guid JobId { get; set; }
    public required byte[] Content { get; set; }
}
