namespace OcrAsync.Core.Jobs;

public enum OcrJobStatus
{
    Queued,
    Processing,
    Completed,
    Failed,
    Cancelled,
}
