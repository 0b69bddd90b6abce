namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>Decides <see cref="PageKind"/> from grey-level statistics alone (no OCR pass).</summary>
public static class PageClassifier
{
    public static PageKind Classify(GreyLevels levels, OcrPreprocessingOptions options) =>
        levels.Paper < options.PhotoBelowPaperLevel || levels.Contrast < options.PhotoBelowContrast || levels.PaperRoughness >= options.PhotoFromPaperRoughness
            ? PageKind.Photo
            : PageKind.CleanRender;
}
