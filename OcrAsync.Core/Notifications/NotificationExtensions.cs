namespace OcrAsync.Core.Notifications;

public static class NotificationExtensions
{
    /// <summary>Registers <see cref="IJobNotifier"/> (needs an <c>IConnectionMultiplexer</c>, e.g. from AddRedisClient).</summary>
    public static IHostApplicationBuilder AddJobNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<NotificationOptions>();
        builder.Services.AddSingleton<RedisJobNotifier>();
        builder.Services.AddSingleton<IJobNotifier>(sp => sp.GetRequiredService<RedisJobNotifier>());
        builder.Services.AddSingleton<ITrainingNotifier>(sp => sp.GetRequiredService<RedisJobNotifier>());
        return builder;
    }
}
