using Microsoft.Extensions.Diagnostics.HealthChecks;
using OcrAsync.Worker.Health;

namespace OcrAsync.Tests.Worker;

public sealed class ConsumerHealthCheckTests
{
    private readonly ManualTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly ConsumerOptions _options = new() { LeaseDuration = TimeSpan.FromMinutes(2), IdlePollInterval = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task A_loop_that_has_not_started_is_unhealthy()
    {
        var result = await Check(new ConsumerHeartbeat(_time));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task A_loop_that_beat_recently_is_healthy_and_a_stalled_one_is_not()
    {
        var heartbeat = new ConsumerHeartbeat(_time);
        heartbeat.Beat();

        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HealthStatus.Healthy, (await Check(heartbeat)).Status);

        _time.Advance(TimeSpan.FromMinutes(3));
        var stalled = await Check(heartbeat);
        Assert.Equal(HealthStatus.Unhealthy, stalled.Status);
        Assert.Contains("stalled", stalled.Description);
    }

    private Task<HealthCheckResult> Check(ConsumerHeartbeat heartbeat) =>
        new ConsumerHealthCheck(heartbeat, Options.Create(_options)).CheckHealthAsync(new HealthCheckContext());

    private sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
