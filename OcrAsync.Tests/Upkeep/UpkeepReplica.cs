using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OcrAsync.Core.Telemetry;

namespace OcrAsync.Tests.Upkeep;

/// <summary>
/// One replica's upkeep as the API registers it (<see cref="UpkeepExtensions.AddUpkeep"/>), on the fixture's stores,
/// with its own service provider and database connections and the given clock. The hosted loop is off: a test calls
/// <see cref="RunDueAsync"/> for each look the loop would take.
/// </summary>
public sealed class UpkeepReplica : IDisposable
{
    private readonly IHost _host;

    public UpkeepReplica(
        UpkeepStoreFixture stores, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Upkeep:Enabled"] = "false" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(clock);
        builder.Services.AddDbContext<OcrDbContext>(options => options.UseNpgsql(stores.DatabaseConnectionString));
        builder.Services.AddSingleton(stores.Redis);
        builder.Services.AddSingleton<OcrMetrics>();
        builder.AddUpkeep();
        services?.Invoke(builder.Services);
        _host = builder.Build();
    }

    public OcrMetrics Metrics => _host.Services.GetRequiredService<OcrMetrics>();

    public async Task<IReadOnlyDictionary<string, long>> RunDueAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UpkeepRunner>().RunDueAsync(CancellationToken.None);
    }

    public void Dispose() => _host.Dispose();
}
