namespace OcrAsync.Core.Templates.Learning;

/// <summary>
/// Learns a vendor template from one corrected document (or adds it to the vendor's template): the words that
/// identify the vendor, and for each corrected field its label words, direction, position, shape and conventions.
/// </summary>
public static class TemplateLearner
{
    public const int MaxExamples = 20;

    /// <summary>Fields whose value is the same on every invoice of a vendor: learned as constants, not positions.</summary>
    private static readonly HashSet<string> ConstantFields = ["vendor_name", "currency"];

    private const int MaxValueWords = 6;

    /// <param name="pages">The corrected document's pages, with word boxes.</param>
    /// <param name="corrections">Field → corrected value in the API's form (ISO date, invariant amount); null values are skipped.</param>
    /// <param name="vendorName">The vendor's name (corrected or extracted), for the identity keywords and the template's name.</param>
    /// <param name="existing">The vendor's learned template to add this example to, or null for a new one.</param>
    /// <param name="ocrResultId">The corrected job, kept in the template's examples.</param>
    /// <param name="now">When the example was learned.</param>
    public static LearningOutcome Learn(
        IReadOnlyList<OcrPageResult> pages,
        IReadOnlyDictionary<string, string?> corrections,
        string? vendorName,
        InvoiceTemplate? existing,
        string ocrResultId,
        DateTimeOffset now)
    {
        var words = pages.Select(PageWords.From).ToList();
        var profile = existing?.Learned ?? new LearnedProfile();
        var fields = new Dictionary<string, LearnedField>(profile.Fields, StringComparer.Ordinal);
        var (dateFormat, separator) = (profile.DateFormat, profile.DecimalSeparator);
        var learned = new List<string>();
        var notFound = new List<string>();
        var example = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (name, value) in corrections.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (value is null || !TemplateFields.Known.TryGetValue(name, out var kind) || ValueConventions.Canonical(kind, value) is not { } canonical)
            {
                continue;
            }

            example[name] = canonical;
            if (ConstantFields.Contains(name))
            {
                fields[name] = new LearnedField { Constant = canonical };
                learned.Add(name);
                continue;
            }

            if (Locate(words, kind, canonical, name) is not { } found)
            {
                notFound.Add(name);
                continue;
            }

            // The shape of the value as corrected: the printed words may carry label punctuation ("#609888").
            var shape = kind == TemplateFieldKind.Text ? ValueConventions.ShapeOf(canonical) : null;
            var anchor = found.Prefix is { } prefix
                ? AnchorFinder.Glued(words[found.Page], found.Span, prefix, shape)
                : AnchorFinder.Describe(words[found.Page], found.Span, shape);
            fields[name] = Merge(fields.GetValueOrDefault(name), anchor);
            dateFormat = kind == TemplateFieldKind.Date && found.Convention is not null ? found.Convention : dateFormat;
            separator = kind == TemplateFieldKind.Amount && found.Convention is not null ? found.Convention : separator;
            learned.Add(name);
        }

        var examples = (existing?.Examples ?? []).Append(new LearnedExample(ocrResultId, now, example)).TakeLast(MaxExamples).ToList();
        var vendor = fields.GetValueOrDefault("vendor_name")?.Constant ?? vendorName;
        var template = (existing ?? new InvoiceTemplate
        {
            Name = Truncate(vendor ?? "Learned vendor", InvoiceTemplateValidator.MaxNameLength),
            Keywords = VendorIdentity.Keywords(words, vendor),
            Source = TemplateSources.Learned,
        }) with
        {
            Learned = new LearnedProfile { Fields = fields, DateFormat = dateFormat, DecimalSeparator = separator },
            Examples = examples,
        };
        return new LearningOutcome(template, learned, notFound);
    }

    /// <summary>The learned template (of one user's) whose vendor words the document shows, if any.</summary>
    public static InvoiceTemplate? VendorTemplate(IEnumerable<InvoiceTemplate> templates, IReadOnlyList<OcrPageResult> pages)
    {
        var text = VendorIdentity.Compact(string.Join('\n', pages.Select(p => p.Text)));
        return templates.FirstOrDefault(t => t.Source == TemplateSources.Learned && VendorIdentity.Matches(t.Keywords, text));
    }

    /// <summary>
    /// The same anchor seen again gains support; a new one is added. Labelled anchors come first, best supported
    /// first; a position without a label is kept only while the field has no labelled anchor, because on a page where
    /// the label is not found it would read whatever stands there instead of leaving the generic value.
    /// </summary>
    private static LearnedField Merge(LearnedField? field, FieldAnchor anchor)
    {
        var anchors = (field?.Anchors ?? []).ToList();
        if (anchor.Direction == AnchorDirections.None && anchors.Any(a => a.Direction != AnchorDirections.None))
        {
            return field!;
        }

        if (anchor.Direction != AnchorDirections.None)
        {
            anchors.RemoveAll(a => a.Direction == AnchorDirections.None);
        }

        var same = anchors.FindIndex(a => a.Direction == anchor.Direction && a.Words.SequenceEqual(anchor.Words) && a.Prefix == anchor.Prefix);
        if (same >= 0)
        {
            anchors[same] = anchor with { Support = anchors[same].Support + 1 };
        }
        else
        {
            anchors.Add(anchor);
        }

        return new LearnedField { Anchors = anchors.OrderByDescending(a => a.Support).Take(5).ToList() };
    }

    /// <summary>
    /// Where the page printed the value: labelled occurrences first (label on the left, then above), for the
    /// total the lowest one, otherwise the highest. A text value found nowhere on its own may be printed in one word
    /// with its label ("No.LH44588"); that label comes back as <c>Prefix</c>.
    /// </summary>
    private static (int Page, TokenSpan Span, string? Convention, string? Prefix)? Locate(List<PageWords> pages, TemplateFieldKind kind, string canonical, string name)
    {
        var found = new List<(int Page, TokenSpan Span, string? Convention, int Rank)>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            for (var l = 0; l < page.Lines.Count; l++)
            {
                for (var s = 0; s < page.Lines[l].Count; s++)
                {
                    // The longest printed form wins ("1 234,50" over "234,50").
                    foreach (var span in page.Spans(l, s, MaxValueWords).Reverse())
                    {
                        if (ValueConventions.Prints(kind, span.Text, canonical, out var convention))
                        {
                            var direction = AnchorFinder.Describe(page, span, null).Direction;
                            found.Add((p, span, convention, direction == AnchorDirections.Right ? 0 : direction == AnchorDirections.Below ? 1 : 2));
                            s += span.Count - 1;
                            break;
                        }
                    }
                }
            }
        }

        if (found.Count == 0)
        {
            return kind == TemplateFieldKind.Text ? LocateGlued(pages, canonical) : null;
        }

        var ordered = found.OrderBy(f => f.Rank);
        var best = name == "total_amount"
            ? ordered.ThenByDescending(f => f.Page).ThenByDescending(f => f.Span.Box.Y).First()
            : ordered.ThenBy(f => f.Page).ThenBy(f => f.Span.Box.Y).First();
        return (best.Page, best.Span, best.Convention, null);
    }

    private static (int Page, TokenSpan Span, string? Convention, string? Prefix)? LocateGlued(List<PageWords> pages, string canonical)
    {
        for (var p = 0; p < pages.Count; p++)
        {
            for (var l = 0; l < pages[p].Lines.Count; l++)
            {
                var tokens = pages[p].Lines[l];
                for (var s = 0; s < tokens.Count; s++)
                {
                    if (AnchorFinder.GluedPrefix(tokens[s].Text, canonical) is { } prefix)
                    {
                        return (p, new TokenSpan(l, s, 1, tokens[s].Text[prefix.Length..], tokens[s].Box), null, prefix);
                    }
                }
            }
        }

        return null;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
