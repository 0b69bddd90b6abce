namespace OcrAsync.Tests.Fixtures;

/// <summary>A "scanned" PDF: every page is an image with no text layer, so every page goes through OCR.</summary>
public static class ScannedPdf
{
    public static byte[] FromPages(IEnumerable<byte[]> pageImages)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            foreach (var page in pageImages)
            {
                using var image = SKImage.FromEncodedData(page);
                // A4 in points; the image fills the page like a scan.
                using var canvas = document.BeginPage(595, 842);
                canvas.DrawImage(image, new SKRect(0, 0, 595, 842), new SKSamplingOptions(SKFilterMode.Linear));
                document.EndPage();
            }
        }

        return stream.ToArray();
    }
}
