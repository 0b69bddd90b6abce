namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>
/// Whether a pass read (almost) nothing: a page whose global threshold loses the text (uneven light on a photographed
/// receipt turns it all paper or all ink) gives no words or a few specks read as letters.
/// </summary>
public static class SparseText
{
    /// <summary>Words of at least three letters or digits: what a page with text has dozens of and noise hardly any.</summary>
    public static int ReadableWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Count(char.IsLetterOrDigit) >= 3);

    /// <summary>True when <paramref name="text"/> has fewer readable words than <see cref="OcrPreprocessingOptions.SparsePassBelowWords"/>.</summary>
    public static bool IsSparse(string text, OcrPreprocessingOptions options) => ReadableWords(text) < options.SparsePassBelowWords;
}
