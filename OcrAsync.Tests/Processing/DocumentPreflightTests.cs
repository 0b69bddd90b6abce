using System.Buffers.Binary;
using OcrAsync.Core.Documents;

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

    [Fact]
    public void A_pdf_page_too_large_for_the_pixel_limit_at_the_workers_dpi_is_refused_naming_the_page_its_size_and_the_limit()
    {
        var defaults = new DocumentLimitsOptions();
        var poster = PdfBuilder.CreateBlank((595, 842), (3000, 3000));
        // 1400 x 1700 pt is 5834 x 7084 pixels at 300 dpi: 41.3 megapixels, under the default 50.
        var large = PdfBuilder.CreateBlank((595, 842), (1400, 1700));

        Assert.Equal(
            "Page 2 of the PDF (3000 x 3000 pt) rendered at 300 dpi is 12500 x 12500 pixels (156.3 megapixels); the limit is 50 megapixels.",
            DocumentPreflight.FindLimitViolation(poster, DocumentType.Pdf, defaults));
        Assert.Null(DocumentPreflight.FindLimitViolation(large, DocumentType.Pdf, defaults));
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.White);
        using var data = bitmap.Encode(format, 80);
        return data.ToArray();
    }
}
