namespace OcrAsync.Core.Invoices;

/// <summary>
/// Puts back the accents a first OCR read dropped from a name, from a second read of its line with a model whose
/// character set has them ("Muller" + "Müller Haustechnik GmbH" → "Müller"). Only accents, case and the stroke of "đ"
/// may change: the second read must spell the same letters, so a worse second read changes nothing.
/// </summary>
public static class AccentRepair
{
    /// <summary>Tesseract's Latin-script model: every accented letter of the European label languages.</summary>
    public const string LatinModel = "Latin";

    /// <summary>Vietnamese stacks two marks on one letter ("ổ", "ạ"), which the Latin model reads less well than "vie".</summary>
    public const string VietnameseModel = "vie";

    /// <summary>The model for the second read of a name on a page whose first read is <paramref name="pageText"/>.</summary>
    public static string ModelFor(string pageText) => VietnameseLetters.IsVietnamese(pageText) ? VietnameseModel : LatinModel;

    /// <summary>
    /// The part of <paramref name="reread"/> that spells <paramref name="value"/> with other accents or case; null when
    /// the second read does not spell it (or spells it the same way).
    /// </summary>
    public static string? Restore(string value, string reread)
    {
        if (value.Length == 0)
        {
            return null;
        }

        // Fold maps one character to one, so an index found in the folded text is valid in the original.
        var at = TextFolding.Fold(reread).IndexOf(TextFolding.Fold(value), StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var restored = reread.Substring(at, value.Length);
        return restored == value ? null : restored;
    }
}
