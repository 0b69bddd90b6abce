namespace OcrAsync.Tests.Infrastructure;

/// <summary>Publishes the real AppHost's manifest (what azd deploys) with the given AppHost environment.</summary>
public static class ManifestPublisher
{
    /// <summary>The manifest's "resources" object.</summary>
    public static async Task<JsonElement> PublishAsync(DirectoryInfo folder, IReadOnlyDictionary<string, string> environment)
    {
        var project = Projects.OcrAsync_AppHost.ProjectPath;
        var manifest = Path.Combine(folder.FullName, "aspire-manifest.json");
        var startInfo = new ProcessStartInfo("dotnet", ["run", "--no-build", "--project", project, "--", "--publisher", "manifest", "--output-path", manifest])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"publish failed: {await output}{await errors}");

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(manifest));
        return document.RootElement.GetProperty("resources").Clone();
    }
}
