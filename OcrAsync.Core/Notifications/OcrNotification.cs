namespace OcrAsync.Core.Notifications;

/// <summary>The payload of the hub's <c>notification</c> event, serialised snake_case like the rest of the API.</summary>
public sealed record OcrNotification(string Type, string Message, OcrNotificationData? Data, DateTimeOffset Timestamp);
