using OcrAsync.Core.Documents;

namespace OcrAsync.Tests.Documents;

public sealed class DocumentTypeDetectorTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "image/png")]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 8, 0 }, "image/tiff")]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0, 8 }, "image/tiff")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0x42, 0x4D, 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0 }, "image/bmp")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, "image/webp")]
    public void Supported_types_are_told_by_their_magic_bytes(byte[] header, string contentType)
    {
        var type = DocumentTypeDetector.Detect(header);

        Assert.True(type.IsSupported);
        Assert.Equal(contentType, type.ContentType);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", "HTML document")]
    [InlineData("  <html><body>", "HTML document")]
    [InlineData("GIF89a....", "GIF")]
    [InlineData("\u007fELF\u0002\u0001\u0001", "ELF executable")]
    [InlineData("MZ\u0090\u0000", "Windows executable")]
    [InlineData("hello, world", "unknown binary or text")]
    public void Anything_else_is_unsupported_and_named(string header, string name)
    {
        var type = DocumentTypeDetector.Detect(Encoding.Latin1.GetBytes(header));

        Assert.False(type.IsSupported);
        Assert.Equal(name, type.Name);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("\uFEFF<HDon><DLHDon>")]
    [InlineData("\n  <Invoice xmlns=")]
    [InlineData("<svg xmlns=\"http")]
    public void Markup_other_than_html_is_a_candidate_e_invoice_whose_root_decides(string header)
    {
        var type = DocumentTypeDetector.Detect(Encoding.UTF8.GetBytes(header));

        Assert.Equal(DocumentType.Xml, type);
    }

    [Fact]
    public void Empty_input_is_unsupported() => Assert.False(DocumentTypeDetector.Detect([]).IsSupported);
}
