namespace OcrAsync.Core.Ocr;

/// <summary>Checks a per-document language list ("eng", "vie", "eng+vie") against the installed traineddata.</summary>
public sealed partial class OcrLanguages(IEnumerable<string> installed)
{
    // "osd" is orientation detection, not a language to read text with.
    private readonly SortedSet<string> _installed = new(installed.Where(l => l != "osd"), StringComparer.Ordinal);

    public IReadOnlyCollection<string> Installed => _installed;

    /// <exception cref="UnsupportedLanguageException">Malformed, or a language that is not installed.</exception>
    public string Validate(string languages)
    {
        var installed = string.Join(", ", _installed);
        if (!Format().IsMatch(languages))
        {
            throw new UnsupportedLanguageException(
                $"OCR language '{languages}' is not valid: use installed language codes joined with '+', e.g. 'eng', 'vie' or 'eng+vie' (installed: {installed}).");
        }

        var missing = languages.Split('+').Where(l => !_installed.Contains(l)).ToList();
        if (missing.Count > 0)
        {
            throw new UnsupportedLanguageException(
                $"OCR language '{string.Join("+", missing)}' is not installed on this worker (installed: {installed}).");
        }

        return languages;
    }

    [GeneratedRegex(@"^[a-z_]{3,}(\+[a-z_]{3,}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
