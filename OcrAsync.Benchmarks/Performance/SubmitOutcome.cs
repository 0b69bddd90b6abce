using System.Net;

namespace OcrAsync.Benchmarks.Performance;

internal sealed record SubmitOutcome(HttpStatusCode Status, TimeSpan Elapsed, Guid? JobId);
