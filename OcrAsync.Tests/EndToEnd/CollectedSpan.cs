namespace OcrAsync.Tests.EndToEnd;

/// <summary>A span as exported over OTLP by one of the services (ids as lower-case hex; no parent = "").</summary>
public sealed record CollectedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, IReadOnlyDictionary<string, string> Attributes);
