namespace OcrAsync.Core.Jobs;

public enum JobPriority
{
    Low,
    Normal,
    High,
}
