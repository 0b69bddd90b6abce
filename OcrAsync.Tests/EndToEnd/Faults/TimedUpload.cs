namespace OcrAsync.Tests.EndToEnd.Faults;

/// <summary>
/// One upload's answer and how long it took; with the job's status in the answer ("completed" when the API ran it
/// itself) and the API's <c>Server-Timing</c>, so that a slow answer says where its time went.
/// </summary>
public sealed partial record TimedUpload(string FileName, HttpStatusCode Status, TimeSpan Latency, string? OcrResultId, string? RetryAfter, DateTimeOffset SentAt)
{
    public string? JobStatus { get; init; }

    public string? ServerTiming { get; init; }

    /// <summary>The API's own time for the request (<c>total</c> in <c>Server-Timing</c>), without the wire and this client.</summary>
    public TimeSpan? ServerTotal => ServerTiming is not null && TotalPattern().Match(ServerTiming) is { Success: true } match
        ? TimeSpan.FromMilliseconds(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
        : null;

    /// <summary>The answer in one line: status, latency, the job's status and the server's timing.</summary>
    public string Describe() =>
        $"{FileName}: sent {SentAt:HH:mm:ss.fff}, {(int)Status} in {Latency.TotalMilliseconds:F0} ms, job {JobStatus ?? "-"}, server {ServerTiming ?? "-"}";

    public static async Task<TimedUpload> SendAsync(HttpClient client, byte[] file, string fileName)
    {
        var sentAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(file, fileName));
        var latency = Stopwatch.GetElapsedTime(started);
        var body = await response.Content.ReadAsStringAsync();
        var answer = response.StatusCode == HttpStatusCode.Accepted ? JsonDocument.Parse(body).RootElement : (JsonElement?)null;
        return new TimedUpload(fileName, response.StatusCode, latency, answer?.GetProperty("ocr_result_id").GetString(), response.Headers.RetryAfter?.ToString(), sentAt)
        {
            JobStatus = answer?.GetProperty("status").GetString(),
            ServerTiming = response.Headers.TryGetValues("Server-Timing", out var timing) ? string.Join(", ", timing) : null,
        };
    }

    /// <summary>Nearest-rank percentile of the latencies (or of another time of each upload), in milliseconds.</summary>
    public static double Percentile(IEnumerable<TimedUpload> uploads, double percentile, Func<TimedUpload, TimeSpan>? time = null)
    {
        var sorted = uploads.Select(u => (time ?? (u => u.Latency))(u).TotalMilliseconds).Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1)];
    }

    [GeneratedRegex(@"(?:^|,\s*)total;dur=([0-9.]+)")]
    private static partial Regex TotalPattern();
}
