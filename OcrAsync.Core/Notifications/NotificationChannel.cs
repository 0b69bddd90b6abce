namespace OcrAsync.Core.Notifications;

/// <summary>The Redis pub/sub channel from the API and the workers to every API instance's notification relay.</summary>
public static class NotificationChannel
{
    public const string Name = "ocr:notifications";
}
