namespace OcrAsync.Core.Hosting;

/// <summary>A background loop's state: running or not, and since when its steps fail (null while they succeed).</summary>
public sealed record LoopState(bool Running, DateTimeOffset? FailingSince, string? LastError);
