namespace OcrAsync.Core.Notifications;

/// <summary>A notification on its way to one user's connections, as published on <see cref="NotificationChannel"/>.</summary>
public sealed record NotificationEnvelope(string UserId, OcrNotification Notification);
