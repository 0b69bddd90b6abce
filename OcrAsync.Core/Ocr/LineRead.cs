namespace OcrAsync.Core.Ocr;

/// <summary>
/// One line of a page to read again (<see cref="IPageRecognizer.ReadLinesAsync"/>): <see cref="Box"/> in page pixels,
/// cropped with a margin, scaled and read as one line (psm 7).
/// </summary>
public sealed record LineRead(BoundingBox Box)
{
    /// <summary>
    /// The text height the crop is scaled to, down as well as up (a large bold header of a receipt is far taller than the
    /// ~30–50 px Tesseract reads best); null enlarges small lines to the field pass's height and never reduces.
    /// </summary>
    public int? LineHeight { get; init; }

    /// <summary>
    /// Grey levels are raised to this power before the read (1: unchanged). Above 1 it darkens pale ink much more than
    /// the paper, so the faded stretch of a thermal print is not thresholded away with the paper.
    /// </summary>
    public double InkExponent { get; init; } = 1;

    /// <summary>
    /// Read as a block of lines (psm 6) instead of one line, scaled so that lines <see cref="LineHeight"/> high in the page
    /// come out at the field pass's height: a label with its value beside or under it. The result's
    /// <see cref="OcrLine.Words"/> keep their own boxes, so the caller can part the rows again.
    /// </summary>
    public bool Block { get; init; }
}
