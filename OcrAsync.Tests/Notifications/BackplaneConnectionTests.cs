using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using OcrAsync.Api.Notifications;

namespace OcrAsync.Tests.Notifications;

/// <summary>The SignalR backplane's own Redis connection, as the API configures it (nothing connects here).</summary>
public sealed class BackplaneConnectionTests
{
    [Fact]
    public void The_backplane_connection_heartbeats_every_5_s_not_every_second_and_keeps_its_channel_prefix()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:redis"] = "localhost:6379";
        builder.AddNotifications();
        using var services = builder.Services.BuildServiceProvider();

        var configuration = services.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration;

        Assert.Equal(TimeSpan.FromSeconds(5), configuration.HeartbeatInterval);
        Assert.Equal("ocr-signalr", configuration.ChannelPrefix.ToString());
    }
}
