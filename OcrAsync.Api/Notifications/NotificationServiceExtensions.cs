using Microsoft.AspNetCore.Authentication.JwtBearer;
using StackExchange.Redis;

namespace OcrAsync.Api.Notifications;

internal static class NotificationServiceExtensions
{
    /// <summary>SignalR with the Redis backplane, the relay of job events, and hub tokens from the query string.</summary>
    public static void AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.AddJobNotifications();

        // The backplane gets its own connection: it disposes it when the hub shuts down.
        var redis = builder.Configuration.GetConnectionString(JobInfrastructureExtensions.RedisName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{JobInfrastructureExtensions.RedisName} is required for the SignalR backplane.");
        builder.Services.AddSignalR()
            .AddJsonProtocol(options => OcrJsonOptions.ApplyTo(options.PayloadSerializerOptions))
            .AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal("ocr-signalr"));

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
