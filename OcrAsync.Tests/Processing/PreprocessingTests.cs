namespace OcrAsync.Tests.Processing;

public sealed class PreprocessingTests
{
    private static readonly OcrPreprocessingOptions Off = new() { UpscaleBelowWidth = 0, MedianPassBelowConfidence = 0 };

    [Fact]
    public void A_noisy_page_gets_a_median_filtered_second_pass_that_reads_better()
    {
        var noisy = SaltAndPepper(InvoiceImageRenderer.RenderPng(SampleInvoices.English("INV-5150-001"), dpi: 200), share: 0.08);
        using var plain = new TesseractEngine(null, "eng", Off);
        using var twoPass = new TesseractEngine(null, "eng", new() { UpscaleBelowWidth = 0, MedianPassBelowConfidence = 0.75 });

        var before = plain.Recognize(noisy, 1, CancellationToken.None);
        var after = twoPass.Recognize(noisy, 1, CancellationToken.None);

        Assert.True(before.Confidence < 0.75, $"the noise should lower confidence below the trigger, was {before.Confidence:0.00}");
        Assert.True(after.Confidence > before.Confidence + 0.1, $"{before.Confidence:0.00} -> {after.Confidence:0.00}");
        Assert.Contains("INV-5150-001", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upscaled_small_image_reports_boxes_in_its_own_pixels()
    {
        var small = InvoiceImageRenderer.RenderPng(SampleInvoices.English("INV-5150-002"), dpi: 100); // 827 px wide.
        using var engine = new TesseractEngine(null, "eng", new() { UpscaleBelowWidth = 1500, MedianPassBelowConfidence = 0 });

        var result = engine.Recognize(small, 1, CancellationToken.None);

        Assert.Equal(827, result.Width);
        Assert.Contains("INV-5150-002", result.Text, StringComparison.Ordinal);
        var number = Assert.Single(result.Lines, l => l.Text.Contains("INV-5150-002", StringComparison.Ordinal));
        Assert.InRange(number.Box.X, 70, 95); // 60 pt margin = 83 px at 100 dpi.
        Assert.True(result.Lines.All(l => l.Box.X + l.Box.Width <= 827));
    }

    private static byte[] SaltAndPepper(byte[] png, double share)
    {
        using var bitmap = SKBitmap.Decode(png).Copy(SKColorType.Gray8);
        var pixels = bitmap.GetPixelSpan().ToArray();
        var random = new Random(42);
        for (var i = 0; i < pixels.Length; i++)
        {
            if (random.NextDouble() < share)
            {
                pixels[i] = random.Next(2) == 0 ? (byte)0 : (byte)255;
            }
        }

        using var noisy = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, noisy.GetPixels(), pixels.Length);
        using var data = noisy.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
