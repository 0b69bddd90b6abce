namespace OcrAsync.Tests.EndToEnd;

/// <summary>Upload and status calls as a client of the public API makes them.</summary>
public static class OcrApiClient
{
    public const string SubmitPath = "/api/ocr-async/process-async";

    /// <summary>
    /// Between two looks at a status, a batch or /health: each look is one cheap GET, and a test that waits for a state
    /// should see it within a tenth of a second rather than sleep up to half a second past it.
    /// </summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static MultipartFormDataContent Form(byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public static async Task<JsonElement> SubmitAsync(this HttpClient client, byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        using var response = await client.PostAsync(SubmitPath, Form(file, fileName, fields));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> GetStatusAsync(this HttpClient client, string ocrResultId) =>
        client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{ocrResultId}");

    /// <summary>Polls the status until the job is finished (completed, failed or cancelled).</summary>
    public static async Task<JsonElement> WaitForFinalStatusAsync(this HttpClient client, string ocrResultId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{ocrResultId}");
            if (status.GetProperty("status").GetString() is "completed" or "failed" or "cancelled" || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Polls a bulk upload's batch until every file is finished.</summary>
    public static async Task<JsonElement> WaitForBatchAsync(this HttpClient client, string batchUrl, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        while (true)
        {
            var summary = await client.GetFromJsonAsync<JsonElement>(batchUrl);
            if (summary.GetProperty("finished").GetBoolean() || DateTime.UtcNow > deadline)
            {
                return summary;
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Polls /health until it answers <paramref name="expected"/>; a probe that cannot answer counts as not healthy.</summary>
    public static async Task WaitForHealthAsync(this HttpClient client, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                last = await response.Content.ReadAsStringAsync();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }

            if (last == expected)
            {
                return;
            }

            await Task.Delay(PollInterval);
        }

        Assert.Fail($"health stayed '{last}', expected '{expected}'.");
    }
}
