using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

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
    public async Task<SubmitOutcome> SubmitAsync(byte[] png, string fileName, CancellationToken cancellationToken)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "file", fileName);
        var stopwatch = Stopwatch.StartNew();
        using var response = await http.PostAsync("/api/ocr-async/process-async", content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = stopwatch.Elapsed;
        Guid? id = null;
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            using var json = JsonDocument.Parse(body);
            id = json.RootElement.GetProperty("ocr_result_id").GetGuid();
        }

        return new SubmitOutcome(response.StatusCode, elapsed, id);
    }

    public async Task<JobStatus> StatusAsync(Guid id, CancellationToken cancellationToken)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync($"/api/ocr-async/status/{id}", cancellationToken));
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
