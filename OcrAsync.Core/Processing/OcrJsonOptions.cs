namespace OcrAsync.Core.Processing;

/// <summary>
/// The one JSON shape of the service: snake_case names and keys, enums as snake_case strings, nulls left out. Stored
/// results, the HTTP API and the SignalR hub all use it.
/// </summary>
public static class OcrJsonOptions
{
    public static readonly JsonSerializerOptions Default = ApplyTo(new JsonSerializerOptions());

    /// <summary>Sets the shape on options a framework owns (ASP.NET Core's HTTP and SignalR options).</summary>
    public static JsonSerializerOptions ApplyTo(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
