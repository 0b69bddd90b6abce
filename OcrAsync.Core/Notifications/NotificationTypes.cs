namespace OcrAsync.Core.Notifications;

/// <summary>The <c>type</c> of a <see cref="OcrNotification"/>: what the web page and other clients switch on.</summary>
public static class NotificationTypes
{
    public const string Queued = "ocr_queued";
    public const string Progress = "ocr_progress";
    public const string Completed = "ocr_completed";
    public const string Failed = "ocr_failed";
    public const string Cancelled = "ocr_cancelled";
    public const string System = "system";

    /// <summary>Learning from a correction: <c>data.stage</c> is queued, progress, completed or failed.</summary>
    public const string AiTraining = "ai_training";
}
