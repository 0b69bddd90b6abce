using System.Text.Json.Serialization;

namespace OcrAsync.Worker.Cli;

/// <summary>
/// One output line of the extract command; "error" and "extracted_data" are always written (null when absent), "text"
/// (the recognised text) only with --text.
/// </summary>
public sealed record ExtractResult(
    string File,
    string Status,
    int Pages,
    double ConfidenceScore,
    double ProcessingTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] InvoiceData? ExtractedData,
    string? Text,
    bool NeedsReview,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Error);
