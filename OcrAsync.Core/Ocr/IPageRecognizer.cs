namespace OcrAsync.Core.Ocr;

/// <summary>Recognises one encoded page image (PNG, JPEG, TIFF, BMP, WebP, PNM).</summary>
/// <remarks>The consumer loop depends on this, not on Tesseract, so it can be tested without the engine.</remarks>
public interface IPageRecognizer
{
    Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken);
}
