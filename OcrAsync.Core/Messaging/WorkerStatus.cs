namespace OcrAsync.Core.Messaging;

/// <summary>
/// What a worker reports about itself every few seconds (Redis hash <see cref="OcrStreams.WorkersKey"/>): from the
/// moment it runs <see cref="Starting"/> (engines loading, consumer not reading yet), then <see cref="Ready"/>.
/// </summary>
public sealed record WorkerStatus(string Name, int Engines, int Busy, DateTimeOffset LastSeen, string State = WorkerStatus.Ready)
{
    public const string Starting = "starting";
    public const string Ready = "ready";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A worker that has not reported for this long is considered gone.</summary>
    public static readonly TimeSpan AliveWindow = TimeSpan.FromSeconds(20);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WorkerStatus? FromJson(string? json)
    {
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<WorkerStatus>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool IsAlive(DateTimeOffset now) => now - LastSeen <= AliveWindow;
}
