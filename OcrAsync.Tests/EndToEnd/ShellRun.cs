namespace OcrAsync.Tests.EndToEnd;

/// <summary>One run of a shell snippet with bash (-e, -u, pipefail): its exit code and output.</summary>
internal sealed record ShellRun(int ExitCode, string Output, string Error)
{
    public static async Task<ShellRun> RunAsync(string script, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Still running after {timeout}: {script}");
        }

        return new ShellRun(process.ExitCode, await output, await error);
    }

    /// <summary>Every JSON value the snippet printed (curl answers one after another), in order.</summary>
    public IReadOnlyList<JsonElement> JsonValues()
    {
        var values = new List<JsonElement>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(Output), new JsonReaderOptions { AllowMultipleValues = true });
        while (JsonElement.TryParseValue(ref reader, out var value))
        {
            values.Add(value.Value);
        }

        return values;
    }
}
