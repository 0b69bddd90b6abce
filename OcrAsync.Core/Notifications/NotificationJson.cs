namespace OcrAsync.Core.Notifications;

/// <summary>Reads and writes <see cref="NotificationEnvelope"/> in the API's JSON shape (snake_case, nulls left out).</summary>
public static class NotificationJson
{
    public static string Serialize(NotificationEnvelope envelope) => JsonSerializer.Serialize(envelope, OcrJsonOptions.Default);

    public static NotificationEnvelope? Deserialize(string json) => JsonSerializer.Deserialize<NotificationEnvelope>(json, OcrJsonOptions.Default);
}
