namespace OcrAsync.Api.Queue;

/// <summary>One priority's stream: entries waiting (length), delivered but unfinished (pending), consumers.</summary>
public sealed record StreamStats(string Priority, string Stream, long Length, long Pending, int Consumers);
