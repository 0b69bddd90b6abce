using System.Buffers.Text;

namespace OcrAsync.Core.Processing;

/// <summary>
/// What <see cref="PdfInflationBudget"/> needs from the raw text of a stream's dictionary: its filters and, for images,
/// pixel size. Indirect values (<c>5 0 R</c>) are left unknown.
/// </summary>
internal readonly record struct PdfStreamDictionary(
    int? ObjectNumber, int LeadingFlateFilters, bool IsImage, int? Width, int? Height)
{
    /// <summary>True when <paramref name="keyword"/> (the <c>stream</c> keyword) directly follows <c>&gt;&gt;</c>.</summary>
    public static bool EndsDictionary(ReadOnlySpan<byte> pdf, int keyword)
    {
        var i = keyword - 1;
        while (i >= 0 && IsWhitespace(pdf[i]))
        {
            i--;
        }

        return i >= 1 && pdf[i] == '>' && pdf[i - 1] == '>';
    }

    /// <summary>Reads the dictionary between the object header (<c>12 0 obj</c>) and the <c>stream</c> keyword.</summary>
    public static PdfStreamDictionary Before(ReadOnlySpan<byte> pdf, int keyword, int window)
    {
        var start = Math.Max(0, keyword - window);
        var text = pdf[start..keyword];
        var header = text.LastIndexOf("obj"u8);
        int? number = null;
        if (header >= 0)
        {
            number = ObjectNumberBefore(text[..header]);
            text = text[(header + 3)..];
        }

        return new PdfStreamDictionary(
            number,
            CountLeadingFlate(ValueOf(text, "/Filter"u8)),
            ValueOf(text, "/Subtype"u8) is var subtype && NameIs(subtype, "/Image"u8),
            DirectInteger(ValueOf(text, "/Width"u8)),
            DirectInteger(ValueOf(text, "/Height"u8)));
    }

    public string Describe() => ObjectNumber is { } number ? $"object {number}" : "an unnumbered object";

    /// <summary>The raw text after <paramref name="key"/> (the key itself must end there), or empty.</summary>
    private static ReadOnlySpan<byte> ValueOf(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key)
    {
        var from = 0;
        while (dictionary[from..].IndexOf(key) is var found && found >= 0)
        {
            var end = from + found + key.Length;
            if (end >= dictionary.Length || IsWhitespace(dictionary[end]) || IsDelimiter(dictionary[end]))
            {
                return SkipWhitespace(dictionary[end..]);
            }

            from = end;
        }

        return [];
    }

    /// <summary>How many Flate filters start the chain: <c>/FlateDecode</c>, <c>/Fl</c> or an array of names.</summary>
    private static int CountLeadingFlate(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        if (value[0] == '/')
        {
            return IsFlate(value) ? 1 : 0;
        }

        if (value[0] != '[')
        {
            return 0;
        }

        var count = 0;
        var rest = SkipWhitespace(value[1..]);
        while (!rest.IsEmpty && rest[0] == '/' && IsFlate(rest))
        {
            count++;
            var next = rest[1..].IndexOfAny(" \t\r\n\f\0/]"u8);
            rest = next < 0 ? [] : SkipWhitespace(rest[(next + 1)..]);
        }

        return count;
    }

    private static bool IsFlate(ReadOnlySpan<byte> name) => NameIs(name, "/FlateDecode"u8) || NameIs(name, "/Fl"u8);

    private static bool NameIs(ReadOnlySpan<byte> value, ReadOnlySpan<byte> name) =>
        value.StartsWith(name) && (value.Length == name.Length || IsWhitespace(value[name.Length]) || IsDelimiter(value[name.Length]));

    /// <summary>A plain non-negative integer, not the start of a reference (<c>5 0 R</c>).</summary>
    private static int? DirectInteger(ReadOnlySpan<byte> value)
    {
        if (!Utf8Parser.TryParse(value, out long number, out var consumed) || number < 0 || number > int.MaxValue)
        {
            return null;
        }

        var rest = SkipWhitespace(value[consumed..]);
        return Utf8Parser.TryParse(rest, out long _, out var generation) && SkipWhitespace(rest[generation..]) is [(byte)'R', ..]
            ? null
            : (int)number;
    }

    private static int? ObjectNumberBefore(ReadOnlySpan<byte> text)
    {
        // "<number> <generation> obj": walk back over the generation to the number.
        var end = text.Length;
        for (var part = 0; part < 2; part++)
        {
            while (end > 0 && IsWhitespace(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsAsciiDigit((char)text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                return null;
            }

            if (part == 1)
            {
                return Utf8Parser.TryParse(text[start..end], out int number, out _) ? number : null;
            }

            end = start;
        }

        return null;
    }

    private static ReadOnlySpan<byte> SkipWhitespace(ReadOnlySpan<byte> text)
    {
        var i = 0;
        while (i < text.Length && IsWhitespace(text[i]))
        {
            i++;
        }

        return text[i..];
    }

    private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
