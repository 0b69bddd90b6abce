using OcrAsync.Worker.Cli;

namespace OcrAsync.Tests.EInvoices;

public sealed class ExtractCommandEInvoiceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ocrasync-einvoice-extract-");

    [Fact]
    public async Task Extract_reads_e_invoice_xml_and_factur_x_pdfs_whatever_their_names_and_refuses_hostile_xml()
    {
        // Names that say nothing (or lie): the content decides.
        var vietnamese = await WriteAsync("hoadon.bin", VietnameseInvoiceSample.Tampered());
        var ubl = await WriteAsync("invoice.pdf", EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.UblInvoice));
        var facturX = await WriteAsync("facture.pdf",
            AttachmentPdf.Create("Facture FX-2025-0310", "factur-x.xml", EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.CiiInvoice)));
        var hostile = await WriteAsync("xxe.xml", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE HDon [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><HDon>&x;</HDon>"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ExtractCommand.RunAsync([vietnamese, ubl, facturX, hostile], output, error, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);

        var vn = lines[0].GetProperty("extracted_data");
        Assert.Equal("xml", vn.GetProperty("source").GetString());
        Assert.Equal("1234", vn.GetProperty("invoice_number").GetString());
        Assert.Equal("C25TAA", vn.GetProperty("invoice_series").GetString());
        Assert.Equal("0312345678", vn.GetProperty("seller").GetProperty("tax_code").GetString());
        Assert.Equal("KCT", vn.GetProperty("tax_breakdown")[3].GetProperty("category").GetString());
        Assert.Equal(8m, vn.GetProperty("line_items")[1].GetProperty("vat_rate").GetDecimal());
        var signature = vn.GetProperty("signature");
        Assert.True(signature.GetProperty("present").GetBoolean());
        Assert.False(signature.GetProperty("valid").GetBoolean());
        Assert.Equal(VietnameseInvoiceSample.SignerSubject, signature.GetProperty("signer").GetString());
        Assert.Equal(1.0, vn.GetProperty("fields").GetProperty("invoice_number").GetProperty("confidence").GetDouble());

        Assert.Equal("INV-2025-0117", lines[1].GetProperty("extracted_data").GetProperty("invoice_number").GetString());
        Assert.Equal("xml", lines[1].GetProperty("extracted_data").GetProperty("source").GetString());
        Assert.Equal("embedded_xml", lines[2].GetProperty("extracted_data").GetProperty("source").GetString());
        Assert.Equal(1469.15m, lines[2].GetProperty("extracted_data").GetProperty("total_amount").GetDecimal());
        Assert.Equal("failed", lines[3].GetProperty("status").GetString());
        Assert.StartsWith("The XML declares a DTD", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<string> WriteAsync(string name, byte[] content)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }
}
