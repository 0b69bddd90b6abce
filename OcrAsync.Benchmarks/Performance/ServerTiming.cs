namespace OcrAsync.Benchmarks.Performance;

/// <summary>One metric of a <c>Server-Timing</c> header: <c>name;dur=1.5;desc="…"</c>.</summary>
internal sealed record ServerTiming(string Name, double? Milliseconds, string? Description)
{
    /// <summary>The header's metrics by name; an absent or unreadable header gives none.</summary>
    public static IReadOnlyDictionary<string, ServerTiming> Parse(string? header)
    {
        var metrics = new Dictionary<string, ServerTiming>(StringComparer.Ordinal);
        foreach (var metric in (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = metric.Split(';', StringSplitOptions.TrimEntries);
            double? duration = null;
            string? description = null;
            foreach (var parameter in parts.Skip(1))
            {
                if (parameter.StartsWith("dur=", StringComparison.Ordinal)
                    && double.TryParse(parameter[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    duration = d;
                }
                else if (parameter.StartsWith("desc=", StringComparison.Ordinal))
                {
                    description = parameter[5..].Trim('"');
                }
            }

            metrics[parts[0]] = new ServerTiming(parts[0], duration, description);
        }

        return metrics;
    }
}
