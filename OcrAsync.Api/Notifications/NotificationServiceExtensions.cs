using Microsoft.AspNetCore.Authentication.JwtBearer;
using StackExchange.Redis;

namespace OcrAsync.Api.Notifications;

internal static class NotificationServiceExtensions
{
    /// <summary>
    /// How often the backplane's own Redis connection checks its commands for timeouts and its link for failures.
    /// StackExchange.Redis's default, every second, woke the idle API once a second for a connection that carries no
    /// job's path: job events reach this instance's hub connections through <see cref="NotificationRelay"/> on the
    /// shared connection, written to them directly. A backplane command stuck on a frozen Redis then fails 5–10 s after
    /// it was sent instead of 5–6 s (its timeout is the same 5 s).
    /// </summary>
    public static readonly TimeSpan BackplaneHeartbeat = TimeSpan.FromSeconds(5);

    /// <summary>SignalR with the Redis backplane, the relay of job events, and hub tokens from the query string.</summary>
    public static void AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.AddJobNotifications();

        // The backplane gets its own connection: it disposes it when the hub shuts down.
        var redis = builder.Configuration.GetConnectionString(JobInfrastructureExtensions.RedisName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{JobInfrastructureExtensions.RedisName} is required for the SignalR backplane.");
        builder.Services.AddSignalR()
            .AddJsonProtocol(options => OcrJsonOptions.ApplyTo(options.PayloadSerializerOptions))
            .AddStackExchangeRedis(redis, options =>
            {
                options.Configuration.ChannelPrefix = RedisChannel.Literal("ocr-signalr");
                options.Configuration.HeartbeatInterval = BackplaneHeartbeat;
            });

        // Browsers cannot set headers on WebSocket and SSE requests: the hub's token comes in the query string.
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.Events.OnMessageReceived = context =>
            {
                var token = context.Request.Query["access_token"].ToString();
                if (token.Length > 0 && context.HttpContext.Request.Path.StartsWithSegments(NotificationHub.Path))
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(NotificationsApi.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole("admin"));

        builder.Services.AddSingleton<LocalConnectionRegistry>();
        builder.Services.AddHostedService<NotificationRelay>();
    }
}
