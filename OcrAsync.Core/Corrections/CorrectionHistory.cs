namespace OcrAsync.Core.Corrections;

/// <summary>A job's corrections, oldest first, as stored (jsonb); the latest per field is the field's value.</summary>
public static class CorrectionHistory
{
    public static IReadOnlyList<FieldCorrection> Parse(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<FieldCorrection>>(json, OcrJsonOptions.Default) ?? [];

    public static string Serialize(IReadOnlyList<FieldCorrection> history) => JsonSerializer.Serialize(history, OcrJsonOptions.Default);

    /// <summary>Field → its latest corrected value (null when it was cleared).</summary>
    public static IReadOnlyDictionary<string, string?> Current(IReadOnlyList<FieldCorrection> history)
    {
        var current = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var correction in history)
        {
            current[correction.Field] = correction.CorrectedValue;
        }

        return current;
    }
}
