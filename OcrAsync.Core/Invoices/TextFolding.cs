namespace OcrAsync.Core.Invoices;

/// <summary>
/// Lower-cases and strips diacritics one character for one character, so positions found in the
/// folded text are valid in the original (labels like "Tổng cộng" match as "tong cong").
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = FoldChar(text[i]);
        }

        return new string(chars);
    }

    /// <summary>
    /// Folded text with OCR digit/letter confusions undone inside words ("tota1" → "total", "t0tal" → "total").
    /// Only for matching labels: words with at least three letters and a single 0/1/5 digit are changed.
    /// </summary>
    public static string LabelForm(string text)
    {
        var chars = Fold(text).ToCharArray();
        var start = 0;
        while (start < chars.Length)
        {
            if (!char.IsLetterOrDigit(chars[start]) && chars[start] != '|')
            {
                start++;
                continue;
            }

            var end = start;
            int letters = 0, digits = 0;
            while (end < chars.Length && (char.IsLetterOrDigit(chars[end]) || chars[end] == '|'))
            {
                if (char.IsLetter(chars[end]))
                {
                    letters++;
                }
                else
                {
                    digits++;
                }

                end++;
            }

            // "Nº" that OCR read as "N9" / "N2" / "N8" / "N.9" (a lone n, an optional dot, then the digit; at 150 dpi the
            // small raised o reads as 8 too).
            // Its raised o read as a registered sign ("N®", "n.®") is the same misread.
            var mark = end < chars.Length && chars[end] == '.' ? end + 1 : end;
            if (end - start == 1 && chars[start] == 'n' && mark < chars.Length && chars[mark] == '®')
            {
                chars[mark] = 'º';
            }
            else if (end - start == 1 && chars[start] == 'n' && end + 1 < chars.Length && chars[end] == '.' && chars[end + 1] is '9' or '2' or '8'
                && (end + 2 == chars.Length || !char.IsLetterOrDigit(chars[end + 2])))
            {
                chars[end + 1] = 'º';
            }
            else if (end - start == 2 && letters == 1 && chars[start] == 'n' && chars[start + 1] is '9' or '2' or '8')
            {
                chars[start + 1] = 'º';
            }

            if (letters >= 3 && digits == 1)
            {
                for (var i = start; i < end; i++)
                {
                    chars[i] = chars[i] switch { '0' => 'o', '1' or '|' => 'l', '5' => 's', var c => c };
                }
            }

            start = end;
        }

        return new string(chars);
    }

    /// <summary>Levenshtein distance: how many changed, lost or added characters turn <paramref name="a"/> into <paramref name="b"/> (short strings: labels, anchors, legal forms).</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by at most one changed, lost or added character.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        // Past the first difference the rest must match: after a changed character (same lengths) or a lost one.
        return shorter.Length == longer.Length
            ? shorter.AsSpan(Math.Min(i + 1, shorter.Length)).SequenceEqual(longer.AsSpan(Math.Min(i + 1, longer.Length)))
            : shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    private static char FoldChar(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }

        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var baseChar = decomposed[0];
        return CharUnicodeInfo.GetUnicodeCategory(baseChar) == UnicodeCategory.NonSpacingMark
            ? c
            : char.ToLowerInvariant(baseChar);
    }
}
