namespace OcrAsync.Api.Notifications;

public static class NotificationsApi
{
    public const string AdminPolicy = "admin";

    /// <summary>The hub and the admin-only broadcast of <c>system</c> notifications.</summary>
    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        app.MapHub<NotificationHub>(NotificationHub.Path);

        var api = app.MapGroup("/api/notifications").RequireAuthorization(AdminPolicy);
        api.MapPost("/system", SendSystem);
        return api;
    }

    /// <summary>Sends a <c>system</c> notification to every connected user, on every API instance (through the backplane).</summary>
    public static async Task<Results<Ok<OcrNotification>, ProblemHttpResult>> SendSystem(
        SystemNotificationRequest request,
        IHubContext<NotificationHub> hub,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Message) || request.Message.Length > 500)
        {
            return ApiProblems.BadRequest("Invalid message", "'message' is required and at most 500 characters.");
        }

        var notification = new OcrNotification(NotificationTypes.System, request.Message.Trim(), null, timeProvider.GetUtcNow());
        await hub.Clients.All.SendAsync(NotificationHub.EventName, notification, cancellationToken);
        return TypedResults.Ok(notification);
    }
}
