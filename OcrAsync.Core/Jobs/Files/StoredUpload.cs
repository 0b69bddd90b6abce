namespace OcrAsync.Core.Jobs.Files;

/// <summary>One file a store outside Postgres holds: the job it was written for, when, and its name in the store.</summary>
public sealed record StoredUpload(Guid JobId, DateTimeOffset WrittenAt, string Name);
