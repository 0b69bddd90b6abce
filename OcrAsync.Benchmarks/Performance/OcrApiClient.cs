using System.Net.Http.Headers;

namespace OcrAsync.Benchmarks.Performance;

/// <summary>The few API calls the benchmarks make: submit one file, read a job's status.</summary>
internal sealed class OcrApiClient(HttpClient http)
{
    public static HttpClient CreateHttpClient(Uri baseAddress, string token)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 256 };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(100) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Posts the file; returns the status code, the time to the answer, and the job id when accepted.</summary>
    public Task<SubmitOutcome> SubmitAsync(byte[] png, string fileName, CancellationToken cancellationToken) =>
        SubmitAsync(png, fileName, null, cancellationToken);

    /// <summary>As <see cref="SubmitAsync(byte[], string, CancellationToken)"/>, as the user of <paramref name="token"/> when given.</summary>
    public async Task<SubmitOutcome> SubmitAsync(byte[] png, string fileName, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ocr-async/process-async");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "file", fileName);
        // The benchmarks send the same pages again and again: every upload must really be read, not reuse a result.
        content.Add(new StringContent("false"), "reuse");
        var stopwatch = Stopwatch.StartNew();
        request.Content = content;
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = stopwatch.Elapsed;
        Guid? id = null;
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            using var json = JsonDocument.Parse(body);
            id = json.RootElement.GetProperty("ocr_result_id").GetGuid();
        }

        var serverTiming = response.Headers.TryGetValues("Server-Timing", out var timings) ? string.Join(", ", timings) : null;
        return new SubmitOutcome(response.StatusCode, elapsed, id, serverTiming);
    }

    public async Task<JobStatus> StatusAsync(Guid id, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/ocr-async/status/{id}");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = json.RootElement;
        static DateTimeOffset? Time(JsonElement root, string name) =>
            root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetDateTimeOffset() : null;
        return new JobStatus(
            root.GetProperty("status").GetString() ?? "",
            Time(root, "created_at")!.Value,
            Time(root, "started_at"),
            Time(root, "completed_at"),
            root.TryGetProperty("processing_time", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null);
    }
}
