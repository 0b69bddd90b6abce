namespace OcrAsync.Core.Invoices.Labels;

/// <summary>
/// The field labels of every supported language, read once from <c>label-lexicon.json</c> (embedded): one concept
/// ("invoice_number", "total_strong", …) maps each language to the phrases that label it. Phrases are plain printed
/// text in label form; <see cref="Alternation"/> turns them into a pattern (a space matches any spacing, a '.' is
/// optional, a '-' too and may have spaces around it as OCR reads them ("Re. -Nr."), a phrase starts and ends a word).
/// </summary>
internal static class LabelLexicon
{
    private const string ResourceName = "OcrAsync.Core.Invoices.Labels.label-lexicon.json";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Concepts { get; } = Load();

    /// <summary>The phrases of one concept, all languages, as one regex alternation (longest phrases first).</summary>
    public static string Alternation(string concept)
    {
        var phrases = Concepts[concept].Values.SelectMany(p => p).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length);
        return string.Join('|', phrases.Select(Pattern));
    }

    /// <summary>
    /// A built-in, OCR-tolerant pattern extended with one concept's phrases, shaped by <paramref name="shape"/> ("{0}" is the
    /// alternation). Compiled: built once per process, then run on every segment of every page.
    /// </summary>
    public static Regex Extend(Regex builtIn, string concept, string shape = "(?<![a-z]){0}") =>
        new($"{builtIn}|{string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, "(?:" + Alternation(concept) + ")")}",
            builtIn.Options | RegexOptions.Compiled, TimeSpan.FromMilliseconds(InvoiceRegex.TimeoutMilliseconds));

    /// <summary>One phrase as a pattern: letters ending a word are followed by no other letter.</summary>
    internal static string Pattern(string phrase)
    {
        var lastLetter = -1;
        for (var i = 0; i < phrase.Length; i++)
        {
            lastLetter = char.IsLetterOrDigit(phrase[i]) ? i : lastLetter;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            sb.Append(c switch
            {
                ' ' => @"\s*",
                '.' => @"\.?",
                '-' => @"\s*-?\s*",
                _ => Regex.Escape(c.ToString()),
            });
            if (i == lastLetter)
            {
                sb.Append("(?![a-z])");
            }
        }

        return sb.ToString();
    }

    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Load()
    {
        using var stream = typeof(LabelLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var json = JsonDocument.Parse(stream);
        var concepts = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var concept in json.RootElement.EnumerateObject().Where(c => !c.Name.StartsWith('$')))
        {
            concepts[concept.Name] = concept.Value.EnumerateObject().ToDictionary(
                l => l.Name,
                l => (IReadOnlyList<string>)[.. l.Value.EnumerateArray().Select(p => p.GetString() ?? "")],
                StringComparer.Ordinal);
        }

        return concepts;
    }
}
