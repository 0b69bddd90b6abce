using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcrAsync.Core.Processing;

/// <summary>The JSON shape of stored results: snake_case, like the API that returns them.</summary>
public static class OcrJsonOptions
{
    public static readonly JsonSerializerOptions Default = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
