using System.Buffers.Binary;
using OcrAsync.Core.Documents;
using OcrAsync.Core.Processing;
using SkiaSharp;

namespace OcrAsync.Tests.Processing;

/// <summary>The limits the API checks at upload from headers alone, in managed code.</summary>
public sealed class DocumentPreflightTests
{
    private static readonly DocumentLimitsOptions OneMegapixel = new() { MaxImageMegapixels = 1, MaxPages = 3 };

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void Encoded_images_over_the_pixel_limit_are_told_from_their_header(SKEncodedImageFormat format)
    {
        var large = Encode(1200, 1000, format);
        var small = Encode(600, 400, format);
        var type = DocumentTypeDetector.Detect(large);

        Assert.Equal("The image is 1200 x 1000 pixels (1.2 megapixels); the limit is 1 megapixels.", DocumentPreflight.FindLimitViolation(large, type, OneMegapixel));
        Assert.Null(DocumentPreflight.FindLimitViolation(small, type, OneMegapixel));
    }

    [Fact]
    public void A_bmp_header_claiming_a_huge_size_is_refused()
    {
        var bmp = new byte[54];
        "BM"u8.CopyTo(bmp);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 40_000);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), -30_000); // Top-down bitmaps store a negative height.

        Assert.StartsWith("The image is 40000 x 30000 pixels", DocumentPreflight.FindLimitViolation(bmp, DocumentType.Bmp, OneMegapixel));
    }

    [Fact]
    public void Page_counts_of_tiffs_and_pdfs_are_checked_and_a_corrupt_file_is_left_to_the_worker()
    {
        var tiff = TestImages.MultipageTiff(Enumerable.Repeat((1, 1, (byte[]?)null), 4).ToList());
        var pdf = PdfBuilder.Create(_ => { }, _ => { }, _ => { }, _ => { });

        Assert.Equal("The TIFF has more than 3 pages; the limit is 3.", DocumentPreflight.FindLimitViolation(tiff, DocumentType.Tiff, OneMegapixel));
        Assert.Equal("The PDF has 4 pages; the limit is 3.", DocumentPreflight.FindLimitViolation(pdf, DocumentType.Pdf, OneMegapixel));
        Assert.Null(DocumentPreflight.FindLimitViolation("%PDF-1.7 garbage"u8.ToArray(), DocumentType.Pdf, OneMegapixel));
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.White);
        using var data = bitmap.Encode(format, 80);
        return data.ToArray();
    }
}
