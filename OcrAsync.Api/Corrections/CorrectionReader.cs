using System.Text.RegularExpressions;

namespace OcrAsync.Api.Corrections;

/// <summary>
/// Reads <c>{"fields": {...}}</c>: known field names only, text as strings, dates as ISO yyyy-mm-dd, amounts as JSON
/// numbers, currency as a three-letter code, null to clear. Every problem names the field (<c>field</c> extension).
/// </summary>
internal static partial class CorrectionReader
{
    private const int MaxTextLength = 200;
    private const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Field → corrected value in the stored form (invariant amount, ISO date), or null to clear it.</summary>
    public static async Task<RequestRead<IReadOnlyDictionary<string, string?>>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Invalid($"Send the correction as application/json (got content type '{request.ContentType ?? "none"}').");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return Invalid($"The body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Object)
            {
                return Invalid("The body must be an object with a 'fields' object, e.g. {\"fields\": {\"invoice_number\": \"INV-1\"}}.", "fields");
            }

            if (root.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => name != "fields") is { } extra)
            {
                return Invalid($"Unknown property '{extra}'; the body has only 'fields'.", extra);
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var field in fields.EnumerateObject())
            {
                if (!TemplateFields.Known.TryGetValue(field.Name, out var kind))
                {
                    return Invalid($"fields.{field.Name}: unknown field; the fields are {string.Join(", ", TemplateFields.Known.Keys)}.", $"fields.{field.Name}");
                }

                var (value, problem) = Convert(kind, field.Value);
                if (problem is not null)
                {
                    return Invalid($"fields.{field.Name}: {problem}", $"fields.{field.Name}");
                }

                values[field.Name] = value;
            }

            return values.Count == 0
                ? Invalid($"'fields' is empty: give at least one of {string.Join(", ", TemplateFields.Known.Keys)}.", "fields")
                : new RequestRead<IReadOnlyDictionary<string, string?>>(values);
        }
    }

    private static (string? Value, string? Problem) Convert(TemplateFieldKind kind, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        switch (kind)
        {
            case TemplateFieldKind.Amount:
                return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount) && Math.Abs(amount) < MaxAmount
                    ? (amount.ToString(CultureInfo.InvariantCulture), null)
                    : (null, $"must be a number (e.g. 1234.5) or null; got {Describe(value)}.");
            case TemplateFieldKind.Date:
                return value.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                    : (null, $"must be an ISO date \"yyyy-mm-dd\" (e.g. \"2024-01-31\") or null; got {Describe(value)}.");
            case TemplateFieldKind.Currency:
                return value.ValueKind == JsonValueKind.String && CurrencyRegex().IsMatch(value.GetString()!)
                    ? (value.GetString()!.ToUpperInvariant(), null)
                    : (null, $"must be a three-letter ISO 4217 code (e.g. \"EUR\") or null; got {Describe(value)}.");
            default:
                return value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 and <= MaxTextLength } text
                    ? (text, null)
                    : (null, $"must be a non-empty string of at most {MaxTextLength} characters or null; got {Describe(value)}.");
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => $"a{(value.ValueKind == JsonValueKind.Object ? "n" : string.Empty)} {value.ValueKind.ToString().ToLowerInvariant()}",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static ProblemHttpResult Invalid(string detail, string? field = null) =>
        ApiProblems.BadRequest("Invalid correction", detail, field);

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyRegex();
}
