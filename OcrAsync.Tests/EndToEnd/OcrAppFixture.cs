using Azure.Storage.Blobs;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>
/// Starts the real AppHost once for the whole collection: local Redis and Postgres processes (fresh data),
/// the API and the worker, as ./run.sh does (but with uploads in Postgres, the published default, unless
/// <c>OCRASYNC_TEST_STORAGE</c> says otherwise), with a signing key for test tokens. A second API instance,
/// <see cref="SecondApi"/>, runs beside the first (same Redis and database) for the scale-out tests. With
/// <c>OCRASYNC_TEST_STORAGE=Blob</c> the uploads go to a local Azurite (Storage:Provider=Blob) instead of Postgres, with
/// <c>OCRASYNC_TEST_STORAGE=Directory</c> to a directory of the fixture's own (<see cref="UploadDirectory"/>).
/// </summary>
public sealed class OcrAppFixture : AppHostFixture
{
    /// <summary>A second instance of the API project, only in the tests: SignalR scale-out through the Redis backplane.</summary>
    public const string SecondApi = "api-b";

    /// <summary>Abuse:MaxQueuedJobsPerUser on <see cref="SecondApi"/>.</summary>
    public const int SecondApiQueueCap = 4;

    /// <summary>Documents:MaxPdfStreamMegabytes on <see cref="SecondApi"/> (the worker keeps the default, 32).</summary>
    public const int SecondApiPdfStreamMegabytes = 1024;

    /// <summary>Documents:MaxImageMegapixels on <see cref="SecondApi"/> (the worker keeps the default, 50).</summary>
    public const int SecondApiMaxImageMegapixels = 200;

    /// <summary>Where this run keeps uploads (OCRASYNC_TEST_STORAGE=Blob as ./test.sh's second pass, or Directory; Postgres by default).</summary>
    public static StorageProvider Storage { get; } =
        Enum.TryParse<StorageProvider>(Environment.GetEnvironmentVariable("OCRASYNC_TEST_STORAGE"), ignoreCase: true, out var chosen) ? chosen : StorageProvider.Postgres;

    public static bool UsesBlobStorage => Storage == StorageProvider.Blob;

    /// <summary>With <see cref="StorageProvider.Directory"/>: the upload directory every API and the worker share (Storage:Directory).</summary>
    public string UploadDirectory { get; } = Path.Combine(Path.GetTempPath(), $"ocrasync-test-uploads-{Guid.NewGuid():N}");

    /// <summary>Receives the spans every service exports (standing in for the dashboard's OTLP endpoint).</summary>
    public OtlpCollector Traces { get; } = new();

    /// <summary>
    /// The first API instance's user-secrets root (its APPDATA, which .NET's user secrets prefer to HOME): empty at
    /// start, as on a machine that never ran the project. `dotnet user-jwts` run with the same APPDATA writes there.
    /// </summary>
    public DirectoryInfo UserSecretsRoot { get; } = Directory.CreateTempSubdirectory("ocrasync-user-secrets-");

    protected override IEnumerable<string> AppHostArguments => [$"Storage:Provider={Storage}", $"Storage:Directory={UploadDirectory}"];

    protected override Task ConfigureAsync(IDistributedApplicationTestingBuilder builder)
    {
        var api = builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Api);
        var apiB = AddSecondApi(builder, SecondApi);
        if (UsesBlobStorage)
        {
            var blobs = builder.CreateResourceBuilder<IResourceWithConnectionString>(ResourceNames.Blobs);
            apiB.WithReference(blobs).WaitFor(blobs).WithEnvironment("Storage__Provider", "Blob");
        }
        else if (Storage == StorageProvider.Directory)
        {
            apiB.WithEnvironment("Storage__Provider", "Directory").WithEnvironment("Storage__Directory", UploadDirectory);
        }

        // Workers count as gone 20 s after their last heartbeat (30 s in production); the fixture waits for the worker
        // itself, so the API's start-up grace need not be longer than that either.
        KeyValuePair<string, string>[] fallback = [new("Fallback__WorkerAbsentAfter", "00:00:20"), new("Fallback__StartupGrace", "00:00:20")];
        foreach (var (name, value) in fallback.Append(new("OMP_THREAD_LIMIT", "1")).Concat(TelemetryEnvironment))
        {
            api.WithEnvironment(name, value);
            apiB.WithEnvironment(name, value);
        }

        foreach (var (name, value) in Tokens.ApiEnvironment)
        {
            apiB.WithEnvironment(name, value);
        }

        api.WithEnvironment("OTEL_SERVICE_NAME", ResourceNames.Api);
        api.WithEnvironment("APPDATA", UserSecretsRoot.FullName);
        apiB.WithEnvironment("OTEL_SERVICE_NAME", SecondApi);
        // A small per-user queue cap on the second instance only, so the cap can be tested without 500 jobs.
        apiB.WithEnvironment("Abuse__MaxQueuedJobsPerUser", SecondApiQueueCap.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Generous PDF budgets and pixel limit on the second instance only, so a bomb or a huge page can reach the worker and
        // its own checks be tested.
        apiB.WithEnvironment("Documents__MaxPdfStreamMegabytes", SecondApiPdfStreamMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Documents__MaxPdfInflatedMegabytes", "4096")
            .WithEnvironment("Documents__MaxImageMegapixels", SecondApiMaxImageMegapixels.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var worker = builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Worker);
        foreach (var (name, value) in TelemetryEnvironment)
        {
            worker.WithEnvironment(name, value);
        }

        worker.WithEnvironment("OTEL_SERVICE_NAME", ResourceNames.Worker);
        WithShortRecovery(worker);
        return Task.CompletedTask;
    }

    protected override async Task StartedAsync()
    {
        await WaitHealthyAsync(ResourceNames.Api);
        await WaitHealthyAsync(ResourceNames.Worker);
        await WaitHealthyAsync(SecondApi);
    }

    /// <summary>OTLP over HTTP to <see cref="Traces"/>: spans every half second, metrics every second.</summary>
    private IEnumerable<KeyValuePair<string, string>> TelemetryEnvironment =>
    [
        new("OTEL_EXPORTER_OTLP_ENDPOINT", Traces.Endpoint),
        new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
        new("OTEL_BSP_SCHEDULE_DELAY", "500"),
        new("OTEL_METRIC_EXPORT_INTERVAL", "1000"),
    ];

    /// <summary>The upload file store the running system uses, for tests that build worker services of their own.</summary>
    public async Task AddUploadFileStoreAsync(IServiceCollection services)
    {
        if (Storage == StorageProvider.Directory)
        {
            services.AddSingleton<IUploadFileStore>(new DirectoryUploadFileStore(
                Options.Create(new StorageOptions { Provider = StorageProvider.Directory, Directory = UploadDirectory }),
                NullLogger<DirectoryUploadFileStore>.Instance));
            return;
        }

        if (!UsesBlobStorage)
        {
            services.AddScoped<IUploadFileStore, PostgresUploadFileStore>();
            return;
        }

        var blobs = new BlobServiceClient(await App.GetConnectionStringAsync(ResourceNames.Blobs));
        services.AddSingleton(blobs.GetBlobContainerClient(new StorageOptions().Container));
        services.AddScoped<IUploadFileStore, BlobUploadFileStore>();
    }

    /// <summary>
    /// The most resident memory (VmHWM) any process of a resource (the process and its children) has had so far: a high-water
    /// mark over its lifetime, so compare it with an earlier reading.
    /// </summary>
    public long PeakMemoryBytes(string name)
    {
        var tree = new List<int> { ProcessId(name) };
        var parents = Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(d => d!.All(char.IsAsciiDigit))
            .Select(d => (Pid: int.Parse(d!, System.Globalization.CultureInfo.InvariantCulture), Parent: ParentOf(d!)))
            .ToList();
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(parents.Where(p => p.Parent == tree[i]).Select(p => p.Pid));
        }

        return tree.Max(HighWaterMark);
    }

    private static int ParentOf(string pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may contain spaces, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1; // The process has exited.
        }
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Traces.DisposeAsync();
        UserSecretsRoot.Delete(recursive: true);
        if (Directory.Exists(UploadDirectory))
        {
            Directory.Delete(UploadDirectory, recursive: true);
        }
    }
}
