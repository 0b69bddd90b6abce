using System.Text.Json.Serialization;

namespace OcrAsync.Api.Apis;

/// <summary>
/// Source-generated metadata for the API's answers: no reflection per type at run time. Used first in the HTTP JSON
/// resolver chain, under the shape <c>OcrJsonOptions</c> sets (snake_case, enums as strings, nulls left out); a type
/// not listed here falls through to the next resolver.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProcessAsyncResponse))]
[JsonSerializable(typeof(ProcessBulkResponse))]
[JsonSerializable(typeof(OcrStatusResponse))]
[JsonSerializable(typeof(BatchSummaryResponse))]
[JsonSerializable(typeof(CancelResponse))]
[JsonSerializable(typeof(QueueStatsResponse))]
[JsonSerializable(typeof(List<RecentJobResponse>))]
[JsonSerializable(typeof(CorrectionResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
