namespace OcrAsync.Core.Templates;

/// <summary>Picks the template for a document: the named one, else the first whose keywords all appear in its text.</summary>
internal static partial class TemplateSelector
{
    public static (InvoiceTemplate Template, TemplateUse Use)? Select(TemplateChoice? choice, string text, List<string> reasons)
    {
        if (choice is null)
        {
            return null;
        }

        if (choice.Requested is { } requested)
        {
            return (requested, new TemplateUse(requested.Id, requested.Name, "named in the upload (template_id)"));
        }

        if (choice.MissingId is { } missing)
        {
            reasons.Add($"template '{missing}' no longer exists; the generic extractor was used");
            return null;
        }

        var folded = Normalize(text);
        var compact = Learning.VendorIdentity.Compact(text);
        foreach (var candidate in choice.Candidates)
        {
            if (candidate.Learned is not null && Learning.VendorIdentity.Matches(candidate.Keywords, compact))
            {
                var examples = candidate.Examples?.Count ?? 0;
                return (candidate, new TemplateUse(candidate.Id, candidate.Name,
                    $"learned from {examples} corrected invoice(s) of this vendor; its words were found: {string.Join(", ", candidate.Keywords.Select(k => $"'{k}'"))}"));
            }

            if (candidate.Keywords.Count > 0 && candidate.Keywords.All(k => folded.Contains(Normalize(k), StringComparison.Ordinal)))
            {
                var keywords = string.Join(", ", candidate.Keywords.Select(k => $"'{k}'"));
                return (candidate, new TemplateUse(candidate.Id, candidate.Name, $"all its keywords were found: {keywords}"));
            }
        }

        return null;
    }

    /// <summary>Case, accents and runs of white space do not matter when matching keywords.</summary>
    private static string Normalize(string text) => WhiteSpaceRegex().Replace(TextFolding.Fold(text), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRegex();
}
