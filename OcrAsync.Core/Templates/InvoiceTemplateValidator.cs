namespace OcrAsync.Core.Templates;

/// <summary>Checks a template before it is stored or used; each problem names the property and what is wrong.</summary>
public static partial class InvoiceTemplateValidator
{
    public const int MaxNameLength = 100;
    public const int MaxKeywords = 20;
    public const int MaxKeywordLength = 100;

    public static IReadOnlyList<string> Validate(InvoiceTemplate template, IReadOnlyCollection<string>? allowedLanguages = null)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(template.Name) || template.Name.Length > MaxNameLength)
        {
            problems.Add($"name is required, at most {MaxNameLength} characters.");
        }

        // JSON null reaches these non-nullable properties: a problem to name, not a crash.
        if (template.Keywords is null || template.Keywords.Count is 0 or > MaxKeywords)
        {
            problems.Add($"keywords must list 1 to {MaxKeywords} words or phrases that identify the vendor's invoices (got {template.Keywords?.Count.ToString(CultureInfo.InvariantCulture) ?? "null"}).");
        }
        else if (template.Keywords.Any(k => string.IsNullOrWhiteSpace(k) || k.Length > MaxKeywordLength))
        {
            problems.Add($"keywords must not be empty or longer than {MaxKeywordLength} characters.");
        }

        if (template.Source is not (null or TemplateSources.User or TemplateSources.Learned))
        {
            problems.Add($"source must be \"{TemplateSources.User}\" or \"{TemplateSources.Learned}\" (got '{template.Source}').");
        }

        foreach (var field in template.Learned?.Fields.Keys.Where(f => !TemplateFields.Known.ContainsKey(f)) ?? [])
        {
            problems.Add($"learned.fields.{field}: unknown field; the fields are {string.Join(", ", TemplateFields.Known.Keys)}.");
        }

        if (template.Learned?.DateFormat is { } learnedFormat && !IsUsableDateFormat(learnedFormat))
        {
            problems.Add($"learned.date_format '{learnedFormat}' is not a .NET date format with day, month and year.");
        }

        if (template.Learned?.DecimalSeparator is not (null or "." or ","))
        {
            problems.Add($"learned.decimal_separator must be \".\" or \",\" (got '{template.Learned?.DecimalSeparator}').");
        }

        if ((template.Fields is null || template.Fields.Count == 0) && (template.Learned is null || template.Learned.Fields.Count == 0))
        {
            problems.Add($"fields must give a regular expression for at least one of: {string.Join(", ", TemplateFields.Known.Keys)}.");
        }

        foreach (var (field, pattern) in template.Fields ?? new Dictionary<string, string>())
        {
            if (ValidateField(field, pattern) is { } problem)
            {
                problems.Add($"fields.{field}: {problem}");
            }
        }

        if (template.DateFormat is { } format && !IsUsableDateFormat(format))
        {
            problems.Add($"date_format '{format}' is not a .NET date format with day, month and year (e.g. \"dd/MM/yyyy\").");
        }

        if (template.DecimalSeparator is not (null or "." or ","))
        {
            problems.Add($"decimal_separator must be \".\" or \",\" (got '{template.DecimalSeparator}').");
        }

        if (template.Language is { } language && !IsAllowedLanguage(language, allowedLanguages))
        {
            problems.Add(allowedLanguages is null
                ? $"language '{language}' is not a Tesseract language list such as \"eng\" or \"eng+vie\"."
                : $"language must be one of {string.Join(", ", allowedLanguages)} (got '{language}').");
        }

        return problems;
    }

    private static string? ValidateField(string field, string? pattern)
    {
        if (!TemplateFields.Known.ContainsKey(field))
        {
            return $"unknown field; the fields are {string.Join(", ", TemplateFields.Known.Keys)}.";
        }

        if (string.IsNullOrEmpty(pattern) || pattern.Length > TemplateRegex.MaxPatternLength)
        {
            return $"the regular expression must be 1 to {TemplateRegex.MaxPatternLength} characters.";
        }

        try
        {
            TemplateRegex.Create(pattern);
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"invalid regular expression: {(ex is RegexParseException parse ? parse.Message : ex.Message)}";
        }
        catch (NotSupportedException ex)
        {
            return $"the regular expression uses a construct that needs backtracking, which templates do not allow: {ex.Message}";
        }
    }

    private static bool IsUsableDateFormat(string format)
    {
        if (format.Length is 0 or > 40)
        {
            return false;
        }

        try
        {
            // A format must carry a day, a month and a year, and read back what it writes.
            var sample = new DateTime(2024, 11, 23);
            var text = sample.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back)
                && back.Date == sample;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsAllowedLanguage(string language, IReadOnlyCollection<string>? allowed) =>
        allowed is null ? LanguageListRegex().IsMatch(language) : allowed.Contains(language, StringComparer.Ordinal);

    [GeneratedRegex("^[a-z_]{3,12}(\\+[a-z_]{3,12}){0,3}$")]
    private static partial Regex LanguageListRegex();
}
