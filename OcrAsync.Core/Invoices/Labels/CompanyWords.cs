using System.Collections.Frozen;

namespace OcrAsync.Core.Invoices.Labels;

/// <summary>
/// Words common in company and shop names in the label languages and Malay, read once from <c>company-words.json</c>
/// (embedded), with the words of the legal forms (<see cref="LegalForms"/>): a read of a vendor's line whose word is one
/// of these is more likely right than one that spells it a letter or two otherwise (<see cref="NameVote"/>).
/// </summary>
internal static class CompanyWords
{
    /// <summary>Shorter words do not count: "co", "ty", "sdn" are a letter away from too many other words.</summary>
    public const int MinLetters = 4;

    private const string ResourceName = "OcrAsync.Core.Invoices.Labels.company-words.json";

    private static readonly FrozenSet<string> s_words = Load();

    /// <summary>Whether <paramref name="word"/>'s letters (case and accents aside) are a known business word of <see cref="MinLetters"/> or more.</summary>
    public static bool Contains(string word)
    {
        var letters = LegalForms.Letters(word);
        return letters.Length >= MinLetters && s_words.Contains(letters);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CompanyWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var json = JsonDocument.Parse(stream);
        var listed = json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array && !p.Name.StartsWith('$'))
            .SelectMany(p => p.Value.EnumerateArray()).Select(w => w.GetString() ?? "");
        var forms = LegalForms.After.Concat(LegalForms.Before).SelectMany(f => f.Split(' '));
        return listed.Concat(forms).Select(LegalForms.Letters).Where(w => w.Length >= MinLetters).ToFrozenSet(StringComparer.Ordinal);
    }
}
