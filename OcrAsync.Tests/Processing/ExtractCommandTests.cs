using OcrAsync.Worker.Cli;

namespace OcrAsync.Tests.Processing;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ocrasync-extract-test-");

    [Fact]
    public async Task Extract_prints_one_json_line_per_file_and_fails_when_one_file_fails()
    {
        var png = Path.Combine(_folder.FullName, "invoice.png");
        await File.WriteAllBytesAsync(png, InvoiceImageRenderer.RenderPng(SampleInvoices.English("INV-6000-123"), dpi: 200));
        var bad = Path.Combine(_folder.FullName, "notes.txt");
        await File.WriteAllTextAsync(bad, "not an image");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ExtractCommand.RunAsync([png, bad, "--lang", "eng"], output, error, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);

        using var good = JsonDocument.Parse(lines[0]);
        var root = good.RootElement;
        Assert.Equal(png, root.GetProperty("file").GetString());
        Assert.Equal("completed", root.GetProperty("status").GetString());
        Assert.Equal(1, root.GetProperty("pages").GetInt32());
        Assert.InRange(root.GetProperty("confidence_score").GetDouble(), 0.5, 1.0);
        Assert.True(root.GetProperty("processing_time").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        var data = root.GetProperty("extracted_data");
        Assert.Equal("INV-6000-123", data.GetProperty("invoice_number").GetString());
        Assert.Equal("2024-03-15", data.GetProperty("date").GetString());
        Assert.Equal(SampleInvoices.English().Total, data.GetProperty("total_amount").GetDecimal());
        Assert.Equal(JsonValueKind.False, root.GetProperty("needs_review").ValueKind);

        using var failed = JsonDocument.Parse(lines[1]);
        Assert.Equal("failed", failed.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("Unsupported file type", failed.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_with_text_prints_the_recognised_text_beside_the_fields_and_only_then()
    {
        var png = Path.Combine(_folder.FullName, "with-text.png");
        await File.WriteAllBytesAsync(png, InvoiceImageRenderer.RenderPng(SampleInvoices.English("INV-6000-789"), dpi: 200));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ExtractCommand.RunAsync([png, "--lang", "eng", "--text", "--ocr-cache", _folder.FullName], output, error, CancellationToken.None);
        var withoutText = await ExtractCommand.RunAsync([png, "--lang", "eng", "--ocr-cache", _folder.FullName], output, error, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal(0, withoutText);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("INV-6000-789", first.RootElement.GetProperty("extracted_data").GetProperty("invoice_number").GetString());
        var text = first.RootElement.GetProperty("text").GetString();
        Assert.Contains("INV-6000-789", text, StringComparison.Ordinal);
        Assert.Contains("\n", text, StringComparison.Ordinal);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.False(second.RootElement.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Extract_reads_with_the_named_page_segmentation_and_refuses_an_unknown_one()
    {
        var png = Path.Combine(_folder.FullName, "single-block.png");
        await File.WriteAllBytesAsync(png, InvoiceImageRenderer.RenderPng(SampleInvoices.English("INV-6000-456"), dpi: 200));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ExtractCommand.RunAsync([png, "--lang", "eng", "--psm", "single_block"], output, error, CancellationToken.None);
        var refused = await ExtractCommand.RunAsync([png, "--psm", "6"], output, error, CancellationToken.None);

        Assert.Equal(0, exitCode);
        using var result = JsonDocument.Parse(output.ToString().Split('\n')[0]);
        Assert.Equal("INV-6000-456", result.RootElement.GetProperty("extracted_data").GetProperty("invoice_number").GetString());
        Assert.Equal(2, refused);
        Assert.Contains("'--psm'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_rejects_an_uninstalled_language_with_usage_exit_code()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ExtractCommand.RunAsync(["whatever.png", "--lang", "xyz"], output, error, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("'xyz' is not installed", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Extract_applies_a_template_file_and_says_so()
    {
        var png = Path.Combine(_folder.FullName, "invoice.png");
        await File.WriteAllBytesAsync(png, InvoiceImageRenderer.RenderPng(SampleInvoices.English("INV-7100-55"), dpi: 200));
        var template = Path.Combine(_folder.FullName, "northwind.json");
        await File.WriteAllTextAsync(template, """
            { "keywords": ["Northwind"], "fields": { "invoice_number": "INV-(?<value>[0-9]+-[0-9]+)", "vendor_name": "^(Northwind)" } }
            """);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ExtractCommand.RunAsync([png, "--template", template], output, error, CancellationToken.None);

        Assert.Equal(0, exitCode);
        using var line = JsonDocument.Parse(output.ToString());
        var data = line.RootElement.GetProperty("extracted_data");
        Assert.Equal("7100-55", data.GetProperty("invoice_number").GetString());
        Assert.Equal("Northwind", data.GetProperty("vendor_name").GetString());
        Assert.Equal("northwind", data.GetProperty("template").GetProperty("name").GetString());
        Assert.Equal(SampleInvoices.English().Total, data.GetProperty("total_amount").GetDecimal()); // Not in the template: generic.
    }

    [Fact]
    public async Task Extract_refuses_an_invalid_template_file_with_the_problem()
    {
        var template = Path.Combine(_folder.FullName, "bad.json");
        await File.WriteAllTextAsync(template, """{ "name": "x", "keywords": ["a"], "fields": { "total": "(\\d+" } }""");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ExtractCommand.RunAsync(["whatever.png", "--template", template], output, error, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("fields.total: unknown field", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
