using System.Text.Json.Serialization;

namespace OcrAsync.Benchmarks.Generated.Wording;

/// <summary>
/// The eight label languages of the generated set, one table read once from <c>languages.json</c> (embedded): a new
/// language is one more entry there. The order is part of every seed (a page's language is picked by its index).
/// </summary>
internal static class Languages
{
    private const string ResourceName = "OcrAsync.Benchmarks.Generated.Wording.languages.json";

    public static readonly InvoiceWording[] All = Load();

    /// <summary>The wording of <paramref name="language"/> ("en", "vi"…).</summary>
    public static InvoiceWording Of(string language) => All.Single(w => w.Language == language);

    private static InvoiceWording[] Load()
    {
        using var stream = typeof(Languages).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        // A wording without one of its lists, or with a misspelt one, fails here rather than as an empty label later.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        return JsonSerializer.Deserialize<InvoiceWording[]>(stream, options)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} holds no languages.");
    }
}
