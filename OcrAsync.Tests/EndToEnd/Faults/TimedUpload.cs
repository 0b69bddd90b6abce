using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace OcrAsync.Tests.EndToEnd.Faults;

/// <summary>One upload's answer and how long it took.</summary>
public sealed record TimedUpload(string FileName, HttpStatusCode Status, TimeSpan Latency, string? OcrResultId, string? RetryAfter, DateTimeOffset SentAt)
{
    public static async Task<TimedUpload> SendAsync(HttpClient client, byte[] file, string fileName)
    {
        var sentAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(file, fileName));
        var latency = Stopwatch.GetElapsedTime(started);
        var body = await response.Content.ReadAsStringAsync();
        var id = response.StatusCode == HttpStatusCode.Accepted
            ? JsonDocument.Parse(body).RootElement.GetProperty("ocr_result_id").GetString()
            : null;
        return new TimedUpload(fileName, response.StatusCode, latency, id, response.Headers.RetryAfter?.ToString(), sentAt);
    }

    /// <summary>Nearest-rank percentile of the latencies, in milliseconds.</summary>
    public static double Percentile(IEnumerable<TimedUpload> uploads, double percentile)
    {
        var sorted = uploads.Select(u => u.Latency.TotalMilliseconds).Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1)];
    }
}
