namespace OcrAsync.Core.Ocr;

/// <summary>Where a page's text came from.</summary>
public enum PageSource
{
    /// <summary>Recognised by the OCR engine from an image.</summary>
    Ocr,

    /// <summary>Read from a PDF's embedded text layer: no OCR, exact characters.</summary>
    TextLayer,
}
