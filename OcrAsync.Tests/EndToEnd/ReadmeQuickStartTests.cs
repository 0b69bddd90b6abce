namespace OcrAsync.Tests.EndToEnd;

/// <summary>
/// The README's shell commands, as written, against the running system: a token from `dotnet user-jwts` (whose first
/// call creates the signing key while the API runs, as on a fresh machine), the upload of a sample, polling until it
/// is done, the bulk upload, the batch status and the cancel. Only the address (the test API's port) and the user
/// name (unique per run) are substituted.
/// </summary>
[Collection(OcrAppCollection.Name)]
public sealed class ReadmeQuickStartTests(OcrAppFixture fixture) : IDisposable
{
    private const string ReadmeAddress = "http://localhost:5000";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _workspace = Directory.CreateTempSubdirectory("ocrasync-readme-");

    [Fact]
    public async Task The_readme_commands_work_as_written_on_a_machine_without_a_signing_key()
    {
        var blocks = ReadmeShellBlocks.Read(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md")))
            .Where(block => block.Contains(ReadmeAddress, StringComparison.Ordinal) || block.Contains("user-jwts create", StringComparison.Ordinal))
            .ToList();
        // The walk the README promises, in its order; a step that disappears from the text fails here.
        var steps = new[] { "user-jwts create", "/process-async", "/status/$(jq -r .ocr_result_id job.json)", "/process-bulk", "/cancel/" };
        var positions = steps.Select(step => blocks.FindIndex(block => block.Contains(step, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Empty(fixture.UserSecretsRoot.EnumerateFiles("*", SearchOption.AllDirectories));

        // The README runs at the repository's root: its samples and the API project (for user-jwts) are linked here.
        Directory.CreateSymbolicLink(Path.Combine(_workspace.FullName, "samples"), RepositoryPaths.Samples);
        Directory.CreateSymbolicLink(Path.Combine(_workspace.FullName, "OcrAsync.Api"), Path.Combine(RepositoryPaths.Root, "OcrAsync.Api"));
        var address = fixture.App.GetEndpoint(ResourceNames.Api, "http").GetLeftPart(UriPartial.Authority);
        var user = $"readme-{Guid.NewGuid():N}"[..16];
        foreach (var block in blocks)
        {
            var script = block.Replace(ReadmeAddress, address, StringComparison.Ordinal).Replace("--name alice", $"--name {user}", StringComparison.Ordinal);
            if (script.Contains("/status/$(jq -r .ocr_result_id job.json)", StringComparison.Ordinal))
            {
                await PollUntilDoneAsync(script);
                continue;
            }

            var run = await RunAsync(script);
            if (script.Contains("user-jwts create", StringComparison.Ordinal))
            {
                Assert.Equal(3, (await File.ReadAllTextAsync(Path.Combine(_workspace.FullName, "alice.token"))).Trim().Split('.').Length);
                continue;
            }

            var answers = run.JsonValues();
            Assert.NotEmpty(answers);
            foreach (var answer in answers)
            {
                CheckAnswer(answer, script);
            }
        }

        var job = await ReadJsonAsync("job.json");
        Assert.Equal("queued", job.GetProperty("status").GetString());
        var batch = await ReadJsonAsync("batch.json");
        Assert.Equal(2, batch.GetProperty("accepted").GetInt32());
    }

    /// <summary>A problem answer fails the step, except a cancel that came after the job finished (409, as documented).</summary>
    private static void CheckAnswer(JsonElement answer, string script)
    {
        if (answer.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number)
        {
            var cancelTooLate = status.GetInt32() == 409 && script.Contains("/cancel/", StringComparison.Ordinal);
            Assert.True(cancelTooLate, $"The README command answered a problem: {answer}\n{script}");
        }
    }

    /// <summary>Runs the poll command as a reader would, again and again, until the job is done; it must complete with the sample's fields.</summary>
    private async Task PollUntilDoneAsync(string script)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        JsonElement answer;
        do
        {
            answer = (await RunAsync(script)).JsonValues().Single();
            CheckAnswer(answer, script);
            if (answer.GetProperty("status").GetString() is "completed" or "failed")
            {
                break;
            }

            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(answer.GetProperty("status").GetString() == "completed", $"The README's job did not complete: {answer}");
        var expected = await ExpectedAsync("invoice-en.png");
        var data = answer.GetProperty("extracted_data");
        Assert.Equal(expected.GetProperty("invoice_number").GetString(), data.GetProperty("invoice_number").GetString());
        Assert.Equal(expected.GetProperty("date").GetString(), data.GetProperty("date").GetString());
        Assert.Equal(expected.GetProperty("total_amount").GetDecimal(), data.GetProperty("total_amount").GetDecimal());
    }

    private async Task<ShellRun> RunAsync(string script)
    {
        var environment = new Dictionary<string, string> { ["APPDATA"] = fixture.UserSecretsRoot.FullName };
        var run = await ShellRun.RunAsync(script, _workspace.FullName, environment, CommandTimeout);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {script}\n{run.Output}\n{run.Error}");
        return run;
    }

    private async Task<JsonElement> ReadJsonAsync(string file) =>
        JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_workspace.FullName, file))).RootElement.Clone();

    private static async Task<JsonElement> ExpectedAsync(string sample) =>
        (await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.Samples, "expected.jsonl")))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .Single(entry => entry.GetProperty("file").GetString() == sample);

    public void Dispose() => _workspace.Delete(recursive: true);
}
