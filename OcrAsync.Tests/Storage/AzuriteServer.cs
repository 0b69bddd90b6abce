using Azure.Storage.Blobs;

namespace OcrAsync.Tests.Storage;

/// <summary>
/// A real Azurite blob emulator of the test's own (tools/azurite, installed by scripts/install-prerequisites.sh) on a
/// free port with a fresh folder, whatever storage the running system uses.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("ocrasync-azurite-test-");
    private Process? _process;

    public string ConnectionString { get; private set; } = null!;

    public BlobServiceClient Client => new(ConnectionString);

    public async Task InitializeAsync()
    {
        var command = Path.Combine(RepositoryPaths.Root, "tools", "azurite", "node_modules", ".bin", "azurite-blob");
        Assert.True(File.Exists(command), $"{command} is missing: run scripts/install-prerequisites.sh");
        var port = FreePort();
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};BlobEndpoint=http://127.0.0.1:{port}/{Account};";
        _process = Process.Start(new ProcessStartInfo(command,
            ["--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--location", _data.FullName, "--skipApiVersionCheck", "--loose", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await Client.GetPropertiesAsync();
                return;
            }
            catch (Exception) when (deadline.Elapsed < StartTimeout && !_process.HasExited)
            {
                await Task.Delay(250);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _data.Delete(recursive: true);
    }
}
