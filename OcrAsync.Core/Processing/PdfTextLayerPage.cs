namespace OcrAsync.Core.Processing;

/// <summary>
/// A page read from its text layer, and the areas of the images drawn on it whose text the layer lacks
/// (<see cref="PdfImageAreas"/>; 300 dpi page pixels), to be OCR'd into the page (<see cref="PdfImageText"/>).
/// </summary>
internal sealed record PdfTextLayerPage(OcrPageResult Page, IReadOnlyList<BoundingBox> ImageAreas);
