namespace OcrAsync.Benchmarks.Performance;

/// <summary>A submit's answer: status, time from send to answer, the job when accepted, the server's <c>Server-Timing</c> header.</summary>
internal sealed record SubmitOutcome(HttpStatusCode Status, TimeSpan Elapsed, Guid? JobId, string? ServerTiming = null);
