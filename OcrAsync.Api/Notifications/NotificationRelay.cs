using StackExchange.Redis;

namespace OcrAsync.Api.Notifications;

/// <summary>
/// Relays job events from the Redis channel (published by the workers and the API) to the owner's hub connections on
/// this instance. Every instance receives every event and delivers it to its own connections only, so a user
/// connected anywhere gets it exactly once. Messages are handled one at a time, in the order they were published.
/// </summary>
public sealed partial class NotificationRelay(
    IConnectionMultiplexer redis,
    IHubContext<NotificationHub> hub,
    LocalConnectionRegistry connections,
    ILogger<NotificationRelay> logger) : IHostedService
{
    private ChannelMessageQueue? _queue;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _queue = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(NotificationChannel.Name));
        _queue.OnMessage(RelayAsync);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_queue is not null)
        {
            await _queue.UnsubscribeAsync();
        }
    }

    private async Task RelayAsync(ChannelMessage message)
    {
        try
        {
            if (NotificationJson.Deserialize(message.Message.ToString()) is not { } envelope)
            {
                return;
            }

            var targets = connections.For(envelope.UserId);
            if (targets.Count > 0)
            {
                // Local connections are written to directly; nothing goes through the backplane.
                await hub.Clients.Clients(targets).SendAsync(NotificationHub.EventName, envelope.Notification);
            }
        }
        catch (Exception ex)
        {
            LogRelayFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A notification could not be relayed: {Reason}")]
    private static partial void LogRelayFailed(ILogger logger, string reason);
}
