namespace OcrAsync.Core.Invoices.Labels;

/// <summary>
/// Company legal forms and business words as printed, read once from <c>legal-forms.json</c> (embedded), and the repairs
/// of a vendor name they allow: a dotted form with one character OCR damaged ("S.r.." → "S.r.l.", "S.A.'.L." →
/// "S.A.R.L."), the second half of a form wrapped to the next line and damaged there ("Pte." / "td." → "Pte. Ltd."), and
/// a leading business word with a letter changed or lost ("Céng ty" → "Công ty", "ông ty" → "Công ty").
/// </summary>
internal static class LegalForms
{
    private const string ResourceName = "OcrAsync.Core.Invoices.Labels.legal-forms.json";

    /// <summary>Characters OCR reads for a thin letter (l, I) or for a letter it could not make out.</summary>
    private const string ThinLetterReads = "il1|!'";

    /// <summary>What OCR reads for a thin letter that no letter of a word is: a digit or a stroke.</summary>
    private const string ThinReads = "1|!";

    /// <summary>The letters OCR reads as <see cref="ThinLetterReads"/>.</summary>
    private const string ThinLetters = "il";

    private static readonly (string[] After, string[] Before) s_forms = Load();

    // Folded once: OpensName asks on every footer line.
    private static readonly string[] s_foldedBefore = [.. s_forms.Before.Select(TextFolding.Fold)];

    /// <summary>Forms written after the name ("GmbH", "S.r.l."), longest first.</summary>
    public static IReadOnlyList<string> After => s_forms.After;

    /// <summary>Forms and business words that open the name ("Công ty TNHH", "Cửa hàng"), longest first.</summary>
    public static IReadOnlyList<string> Before => s_forms.Before;

    /// <summary>
    /// Whether <paramref name="name"/> is opened by a form or business word, as Vietnamese names are ("Công ty TNHH …",
    /// "Cửa hàng …"), with a name after it; accents and case aside.
    /// </summary>
    public static bool OpensName(string name)
    {
        var folded = TextFolding.Fold(name);
        return s_foldedBefore.Any(form => folded.StartsWith(form + " ", StringComparison.Ordinal) && folded[form.Length..].Any(char.IsLetter));
    }

    /// <summary>Whether <paramref name="word"/> is a word of a known form as printed, case aside ("SDN", "Bhd", "Ltd.").</summary>
    public static bool IsFormWord(string word) =>
        After.Concat(Before).Any(f => f.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// <paramref name="name"/> with its last word, a dotted form that is none of the known ones, replaced by the known form
    /// one slip away: one character lost, or a thin letter or punctuation read in place of a letter; or an undotted form
    /// with its thin letter read as a digit or a stroke ("Sar!" → "Sàrl"). Null when none is.
    /// </summary>
    public static string? RepairDotted(string name)
    {
        var trimmed = name.TrimEnd();
        var start = trimmed.LastIndexOf(' ') + 1;
        var token = trimmed[start..];
        var dotted = token.Count(c => c == '.') >= 2;

        // An undotted form with one thin letter read as a digit or a stroke: "Sar!", "SAR1", "Gmb|" is no word.
        var thin = !dotted && token.Count(c => ThinReads.Contains(c)) == 1 && token.Count(char.IsLetter) >= 2;
        if ((!dotted && !thin) || After.Any(f => string.Equals(f, token, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var form = After.Where(f => !f.Contains(' ', StringComparison.Ordinal)
                && (dotted ? f.Count(c => c == '.') >= 2 : f.Length >= 3 && f.All(char.IsLetter))
                && OneSlip(TextFolding.Fold(token), TextFolding.Fold(f)))
            .MaxBy(f => SameCase(f, token));
        return form is null ? null : trimmed[..start] + CaseLike(form, token);
    }

    /// <summary>
    /// The name with the rest of a two-word form completed when it ends with the form's first word(s) and
    /// <paramref name="below"/> (the next line, alone) is that rest with at most one letter changed or lost ("td." for
    /// "Ltd.", "Cy." for "C.V."; two for a rest of four letters or more). Null when it is not.
    /// </summary>
    public static string? CompleteWrapped(string name, string below)
    {
        var belowLetters = Letters(below);
        if (belowLetters.Length == 0 || below.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var form in After.Where(f => f.Contains(' ', StringComparison.Ordinal)))
        {
            var parts = form.Split(' ');
            for (var k = parts.Length - 1; k >= 1; k--)
            {
                if (words.Length <= k || !words[^k..].Select(Letters).SequenceEqual(parts[..k].Select(Letters)))
                {
                    continue;
                }

                var rest = string.Join(' ', parts[k..]);
                var restLetters = Letters(rest);
                if (Math.Abs(restLetters.Length - belowLetters.Length) <= 1 && TextFolding.EditDistance(restLetters, belowLetters) <= (restLetters.Length >= 4 ? 2 : 1))
                {
                    return name.TrimEnd() + " " + CaseLike(rest, below);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="name"/> with the last word of a two-word form it ends with spelled as the form, when the form's
    /// first word(s) are read right and the last is that word damaged on the same line: same first letter, at most one
    /// letter more or fewer, at most two changed, lost or added ("SDN BIED" → "SDN BHD", "Pte. Lid." → "Pte. Ltd.").
    /// Null when the name does not end so (or ends with the form read right).
    /// </summary>
    public static string? RepairLastWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = Letters(words.Length > 0 ? words[^1] : "");
        if (last.Length == 0 || words[^1].Any(char.IsAsciiDigit))
        {
            return null;
        }

        // The form printed with the first words' punctuation ("Sdn" → "Sdn Bhd", "Sdn." → "Sdn. Bhd.").
        var forms = After.Select(f => f.Split(' '))
            .Where(p => p.Length > 1 && !p.Contains("&") && words.Length > p.Length && words[^p.Length..^1].Select(Letters).SequenceEqual(p[..^1].Select(Letters)))
            .OrderByDescending(p => words[^p.Length..^1].SequenceEqual(p[..^1], StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (forms.Count == 0 || forms.Any(p => Letters(p[^1]) == last))
        {
            return null;
        }

        var form = forms.FirstOrDefault(p => Letters(p[^1]) is var rest
            && last[0] == rest[0] && Math.Abs(last.Length - rest.Length) <= 1 && TextFolding.EditDistance(last, rest) <= 2);
        return form is null ? null : string.Join(' ', words[..^1]) + " " + CaseLike(form[^1], words[^1]);
    }

    /// <summary>
    /// The name with its opening business words spelled as the known form when they are that form with at most two
    /// letters changed or lost in all (none in a word of two letters) and at least one word right: "Céng ty CP Minh
    /// Phát", "ông ty CP …", "Cura hàng …", "Công ty CO philn …". A name must follow the form.
    /// </summary>
    public static string RepairLeading(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var form in Before)
        {
            var parts = form.Split(' ');
            if (words.Length <= parts.Length)
            {
                continue;
            }

            var distances = parts.Select((p, i) => Distance(p, words[i])).ToList();
            var fits = distances.Select((d, i) => d <= (parts[i].Length <= 2 ? (OtherVowel(parts[i], words[i]) ? 1 : 0) : 2)).All(f => f);
            if (!fits || distances.Sum() > 2 || !distances.Contains(0))
            {
                continue;
            }

            // Only the damaged words change (other letters or other accents): a word OCR read right keeps its printed case.
            var upper = words[..parts.Length].SelectMany(w => w).Where(char.IsLetter).All(char.IsUpper);
            return string.Join(' ', words.Select((w, i) =>
                i < parts.Length && !string.Equals(w, parts[i], StringComparison.OrdinalIgnoreCase) ? (upper ? parts[i].ToUpperInvariant() : parts[i]) : w));
        }

        return name;
    }

    /// <summary>
    /// Letters changed, lost or added between a form's word and the word read. A bracket, alone or with the stroke after
    /// it, is one vowel with two marks that Tesseract's Vietnamese model could not read ("C[]" for "Cổ", "ph[In" for
    /// "phần", as <see cref="BracketVowelRepair"/> reads labels): it counts as the vowel that fits best.
    /// </summary>
    private static int Distance(string part, string word)
    {
        var folded = TextFolding.Fold(part);
        var at = word.IndexOfAny(['[', '{']);
        if (at < 0)
        {
            return TextFolding.EditDistance(folded, TextFolding.Fold(word));
        }

        var end = at + 1 < word.Length && "]Il|ij1J".Contains(word[at + 1], StringComparison.Ordinal) ? at + 2 : at + 1;
        return "aeiouy".Min(v => TextFolding.EditDistance(folded, TextFolding.Fold(word[..at] + v + word[end..])));
    }

    /// <summary>
    /// A two-letter word read with its vowel as another vowel, the consonant right ("Cé" for "Cổ": a stacked mark
    /// misread); any other change to a word so short makes another word.
    /// </summary>
    private static bool OtherVowel(string part, string word)
    {
        var (p, w) = (TextFolding.Fold(part), TextFolding.Fold(word));
        return p.Length == 2 && w.Length == 2 && p[0] == w[0] && p[1] != w[1] && "aeiouy".Contains(p[1]) && "aeiouy".Contains(w[1]);
    }

    /// <summary>One character lost, or one read as a thin letter or punctuation, and nothing else different (case aside).</summary>
    private static bool OneSlip(string token, string form)
    {
        var (a, b) = (token.ToLowerInvariant(), form.ToLowerInvariant());
        if (a.Length == b.Length)
        {
            var differ = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return differ.Count == 1 && char.IsLetter(b[differ[0]])
                && (!char.IsLetterOrDigit(a[differ[0]]) || (ThinLetterReads.Contains(a[differ[0]]) && ThinLetters.Contains(b[differ[0]])));
        }

        return a.Length + 1 == b.Length && Enumerable.Range(0, b.Length).Any(i => char.IsLetter(b[i]) && b.Remove(i, 1) == a);
    }

    /// <summary>The form in capitals when the printed token is, else as listed.</summary>
    private static string CaseLike(string form, string printed)
    {
        var letters = printed.Where(char.IsLetter).ToList();
        return letters.Count > 1 && letters.All(char.IsUpper) ? form.ToUpperInvariant() : form;
    }

    private static int SameCase(string form, string token) => form.Zip(token).Count(p => p.First == p.Second);

    /// <summary>Letters only, lower-cased and without accents.</summary>
    internal static string Letters(string text) => new([.. TextFolding.Fold(text).Where(char.IsLetter)]);

    private static (string[] After, string[] Before) Load()
    {
        using var stream = typeof(LegalForms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var json = JsonDocument.Parse(stream);
        string[] Forms(string side) =>
            [.. json.RootElement.GetProperty(side).EnumerateObject().SelectMany(l => l.Value.EnumerateArray()).Select(f => f.GetString() ?? "")
                .Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)];
        return (Forms("after"), Forms("before"));
    }
}
