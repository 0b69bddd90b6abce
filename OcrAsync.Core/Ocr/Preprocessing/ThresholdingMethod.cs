namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>Tesseract's <c>thresholding_method</c> (its values): how a grey page becomes black and white.</summary>
public enum ThresholdingMethod
{
    /// <summary>One global Otsu threshold (Tesseract's default).</summary>
    Otsu = 0,

    /// <summary>Otsu per tile, smoothed between tiles: follows uneven lighting and faded bands.</summary>
    AdaptiveOtsu = 1,

    /// <summary>Sauvola's local threshold from the mean and spread around each pixel: pale ink on grey paper.</summary>
    Sauvola = 2,
}
