using Microsoft.AspNetCore.Authorization;

namespace OcrAsync.Api.Notifications;

/// <summary>
/// <c>/hubs/notifications</c>: a signed-in user's live job events (server event <c>notification</c>). Every connection
/// joins its user's group on connect and is registered locally, where <see cref="NotificationRelay"/> finds it.
/// </summary>
[Authorize]
public sealed partial class NotificationHub(LocalConnectionRegistry connections, ILogger<NotificationHub> logger) : Hub
{
    public const string Path = "/hubs/notifications";
    public const string EventName = "notification";

    public static string UserGroup(string userId) => $"user:{userId}";

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.GetUserId() is not { } userId)
        {
            Context.Abort();
            return;
        }

        connections.Add(userId, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User?.GetUserId() is { } userId)
        {
            connections.Remove(userId, Context.ConnectionId);
        }

        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Kept for clients of the original design, which passed a user id. Only ever joins the caller's own group
    /// (it is joined on connect already); another user's id is ignored. Returns the group's user id.
    /// </summary>
    [HubMethodName("join_notifications")]
    public async Task<string> JoinNotifications(string? requestedUserId)
    {
        var userId = Context.User?.GetUserId() ?? throw new HubException("Not signed in.");
        if (requestedUserId is { Length: > 0 } && requestedUserId != userId)
        {
            LogForeignJoinIgnored(logger, userId);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId), Context.ConnectionAborted);
        return userId;
    }

    [LoggerMessage(LogLevel.Warning, "User {UserId} asked to join another user's notifications; joined their own")]
    private static partial void LogForeignJoinIgnored(ILogger logger, string userId);
}
