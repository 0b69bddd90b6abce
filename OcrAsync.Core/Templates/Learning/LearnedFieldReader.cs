namespace OcrAsync.Core.Templates.Learning;

/// <summary>
/// Reads a learned template's fields on a new document: finds each field's label words and takes the words in the
/// learned direction that read as the field's kind with the vendor's conventions. Each anchor gives at most one
/// candidate (best supported anchor first); <see cref="LearnedValueMerge"/> decides whether one replaces the generic value.
/// </summary>
internal static class LearnedFieldReader
{
    /// <summary>A value learned from a correction is trusted like a template's.</summary>
    public const double LearnedConfidence = 0.9;

    /// <summary>How far a value without a label may be from where it was learned, as a fraction of the page.</summary>
    private const double RegionTolerance = 0.04;

    /// <summary>Field → its learned candidates, best first; a field whose anchors found nothing is absent (and said in <paramref name="reasons"/>).</summary>
    public static Dictionary<string, List<ExtractedField>> Read(LearnedProfile profile, IReadOnlyList<OcrPageResult> pages, List<string> reasons)
    {
        var words = pages.Select(PageWords.From).ToList();
        var candidates = new Dictionary<string, List<ExtractedField>>(StringComparer.Ordinal);
        foreach (var (name, field) in profile.Fields)
        {
            if (!TemplateFields.Known.TryGetValue(name, out var kind))
            {
                continue;
            }

            if (field.Constant is { } constant)
            {
                candidates[name] = [new ExtractedField(constant, constant, LearnedConfidence, 1, null)];
                continue;
            }

            var found = field.Anchors.Select(a => Find(words, a, kind, profile)).OfType<(string Value, TokenSpan Span, int Page)>()
                .Select(v => new ExtractedField(v.Value, v.Span.Text, LearnedConfidence, pages[v.Page].PageNumber, v.Span.Box))
                .DistinctBy(f => f.Value)
                .ToList();
            if (found.Count > 0)
            {
                candidates[name] = found;
            }
            else
            {
                var labels = string.Join(" / ", field.Anchors.Where(a => a.Words.Count > 0).Select(a => $"'{string.Join(' ', a.Words)}'"));
                reasons.Add($"learned field {name}: no value found{(labels.Length > 0 ? $" next to {labels}" : string.Empty)}, the generic value is kept");
            }
        }

        return candidates;
    }

    private static (string Value, TokenSpan Span, int Page)? Find(List<PageWords> pages, FieldAnchor anchor, TemplateFieldKind kind, LearnedProfile profile)
    {
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var candidates = anchor.Direction switch
            {
                AnchorDirections.Right => GluedTo(page, anchor)
                    .Concat(AnchorFinder.Occurrences(page, anchor).SelectMany(o => RightOf(page, o.Line, o.Start + anchor.Words.Count, anchor))),
                AnchorDirections.Below => AnchorFinder.Occurrences(page, anchor).SelectMany(o => Below(page, o.Line, o.Start, anchor)),
                _ => NearLearnedPosition(page, anchor),
            };
            foreach (var span in candidates)
            {
                if (ValueConventions.Read(kind, span.Text, profile, anchor.Shape) is { } value)
                {
                    return (value, span, p);
                }
            }
        }

        return null;
    }

    /// <summary>For a label learned in one word with its value ("No.LH44588"): the rest of each word that starts with it.</summary>
    private static IEnumerable<TokenSpan> GluedTo(PageWords page, FieldAnchor anchor)
    {
        if (anchor.Prefix is not { } prefix)
        {
            yield break;
        }

        for (var l = 0; l < page.Lines.Count; l++)
        {
            var tokens = page.Lines[l];
            for (var s = 0; s < tokens.Count; s++)
            {
                var text = tokens[s].Text;
                if (text.Length > prefix.Length && TextFolding.Fold(text[..prefix.Length]) == prefix)
                {
                    yield return new TokenSpan(l, s, 1, text[prefix.Length..], tokens[s].Box);
                }
            }
        }
    }

    /// <summary>The words after the label on its line (skipping a lone ":"), longest reading first.</summary>
    private static IEnumerable<TokenSpan> RightOf(PageWords page, int line, int start, FieldAnchor anchor)
    {
        var tokens = page.Lines[line];
        while (start < tokens.Count && tokens[start].Key.Length == 0)
        {
            start++;
        }

        for (var s = start; s < Math.Min(tokens.Count, start + 2); s++)
        {
            foreach (var span in page.Spans(line, s, anchor.ValueWords + 1).Reverse())
            {
                yield return span;
            }
        }
    }

    /// <summary>Words under the label, in the column the value was learned in, nearest line first.</summary>
    private static IEnumerable<TokenSpan> Below(PageWords page, int line, int start, FieldAnchor anchor)
    {
        var label = page.Lines[line][start].Box;
        var expectedX = label.X + ((anchor.ValueX - anchor.AnchorX) * page.Width);
        var maxDrop = Math.Max(anchor.ValueY - anchor.AnchorY, 0.005) * page.Height * 2.5;
        for (var l = line + 1; l < page.Lines.Count; l++)
        {
            var tokens = page.Lines[l];
            if (tokens[0].Box.Y - label.Y > maxDrop)
            {
                yield break;
            }

            for (var s = 0; s < tokens.Count; s++)
            {
                if (Math.Abs(tokens[s].Box.X - expectedX) <= page.Width * RegionTolerance)
                {
                    foreach (var span in page.Spans(l, s, anchor.ValueWords + 1).Reverse())
                    {
                        yield return span;
                    }
                }
            }
        }
    }

    private static IEnumerable<TokenSpan> NearLearnedPosition(PageWords page, FieldAnchor anchor)
    {
        for (var l = 0; l < page.Lines.Count; l++)
        {
            for (var s = 0; s < page.Lines[l].Count; s++)
            {
                var box = page.Lines[l][s].Box;
                if (Math.Abs(((double)box.X / page.Width) - anchor.ValueX) <= RegionTolerance
                    && Math.Abs(((double)box.Y / page.Height) - anchor.ValueY) <= RegionTolerance)
                {
                    foreach (var span in page.Spans(l, s, anchor.ValueWords + 1).Reverse())
                    {
                        yield return span;
                    }
                }
            }
        }
    }
}
