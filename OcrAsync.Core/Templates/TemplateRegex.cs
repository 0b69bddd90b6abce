namespace OcrAsync.Core.Templates;

/// <summary>
/// Template expressions run in .NET's linear-time engine (no catastrophic backtracking whatever the pattern) and
/// with a timeout as well, because they come from users.
/// </summary>
public static class TemplateRegex
{
    public const int MaxPatternLength = 500;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant;

    /// <exception cref="ArgumentException">The pattern is invalid.</exception>
    /// <exception cref="NotSupportedException">The pattern needs backtracking (backreferences, lookarounds, atomic groups…).</exception>
    public static Regex Create(string pattern) => new(pattern, Options, MatchTimeout);
}
