namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>One recognition pass: the page as the extractor sees it, and its lines with word confidences.</summary>
internal sealed record RecognizedPage(OcrPageResult Page, IReadOnlyList<ScoredLine> Lines);
