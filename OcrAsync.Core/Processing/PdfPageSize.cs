using UglyToad.PdfPig.Content;

namespace OcrAsync.Core.Processing;

/// <summary>
/// A scanned page is rendered at <see cref="PdfRasterizer.Dpi"/>: its bitmap must fit the pixel limit like any image.
/// Checked at upload (a 422) and again by the worker before it renders anything.
/// </summary>
internal static class PdfPageSize
{
    /// <exception cref="Ocr.DocumentLimitExceededException">The page rendered at the worker's resolution exceeds the limit.</exception>
    public static void CheckRendered(Page page, int number, DocumentLimitsOptions limits)
    {
        var media = page.MediaBox.Bounds;
        var crop = page.CropBox.Bounds;
        var widthPoints = Math.Max(Math.Max(media.Width, crop.Width), page.Width);
        var heightPoints = Math.Max(Math.Max(media.Height, crop.Height), page.Height);
        limits.CheckImageSize(
            ToPixels(widthPoints), ToPixels(heightPoints), $"Page {number} of the PDF ({widthPoints:0} x {heightPoints:0} pt) rendered at {PdfRasterizer.Dpi} dpi");
    }

    private static int ToPixels(double points) => (int)Math.Min(int.MaxValue, Math.Ceiling(Math.Abs(points) * PdfRasterizer.Dpi / 72.0));
}
