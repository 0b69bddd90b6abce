namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>What a page image looks like to the engine, decided from <see cref="GreyLevels"/>.</summary>
public enum PageKind
{
    /// <summary>Rendered or cleanly scanned: flat paper, dark ink. Tesseract's own global threshold reads it best.</summary>
    CleanRender,

    /// <summary>A photo or scan with grain, JPEG noise, grey paper or pale ink: adaptive binarisation may help.</summary>
    Photo,
}
