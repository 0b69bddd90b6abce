using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace OcrAsync.Tests.Upkeep;

/// <summary>
/// A Postgres and a Redis of their own for the upkeep tests (the same local servers the end-to-end tests run, started
/// with the AppHost's own script, fresh data, free ports), the database migrated. Nothing of the shared fixture is used:
/// these tests move a fake clock years ahead and delete what it makes old.
/// </summary>
public sealed class UpkeepStoreFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("ocrasync-upkeep-");
    private Process? _postgres;
    private Process? _redis;

    public string DatabaseConnectionString { get; private set; } = null!;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (postgresPort, redisPort) = (FreePort(), FreePort());
        var script = Path.Combine(RepositoryPaths.Root, "OcrAsync.AppHost", "Infrastructure", "start-postgres.sh");
        _postgres = Start("bash", script, Path.Combine(_data.FullName, "postgres"), postgresPort, "ocrdb", "true");
        _redis = Start("redis-server", "--port", redisPort, "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--dir", _data.FullName);
        DatabaseConnectionString = $"Host=127.0.0.1;Port={postgresPort};Username=postgres;Database=ocrdb;Maximum Pool Size=20";

        using var timeout = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            try
            {
                await using var db = CreateDbContext();
                await db.Database.MigrateAsync(timeout.Token);
                break;
            }
            catch (Exception) when (!timeout.IsCancellationRequested && !_postgres.HasExited)
            {
                await Task.Delay(250, timeout.Token);
            }
        }

        Redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redisPort},abortConnect=false,connectRetry=20");
    }

    public OcrDbContext CreateDbContext() => new(new DbContextOptionsBuilder<OcrDbContext>().UseNpgsql(DatabaseConnectionString).Options);

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Process Start(string fileName, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(startInfo)!;
        // Drained so the servers never block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public async Task DisposeAsync()
    {
        Redis?.Dispose();
        foreach (var process in new[] { _redis, _postgres })
        {
            if (process is { HasExited: false })
            {
                // SIGINT is Postgres's fast shutdown (its backends exit with it); Redis exits on it too.
                using var signal = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await signal.WaitForExitAsync();
                if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            process?.Dispose();
        }

        // Postgres may have been relocated where its user can reach it (see start-postgres.sh).
        foreach (var marker in Directory.EnumerateFiles(_data.FullName, "relocated-to", SearchOption.AllDirectories))
        {
            var relocated = File.ReadAllText(marker).Trim();
            if (relocated.StartsWith("/var/tmp/ocrasync-postgres-", StringComparison.Ordinal) && Directory.Exists(relocated))
            {
                Directory.Delete(relocated, recursive: true);
            }
        }

        _data.Delete(recursive: true);
    }
}
