namespace OcrAsync.Core.Corrections;

public enum TrainingJobStatus
{
    Queued,
    Processing,
    Completed,
    Failed,
}
