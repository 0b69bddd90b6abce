namespace OcrAsync.Api.Notifications;

public sealed record SystemNotificationRequest(string? Message);
