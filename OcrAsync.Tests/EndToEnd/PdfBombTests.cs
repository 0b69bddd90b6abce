using Xunit.Abstractions;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>PDF decompression bombs under the upload size limit: refused with the reason, memory stays bounded.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class PdfBombTests(OcrAppFixture fixture, ITestOutputHelper output)
{
    private const long MiB = 1024 * 1024;

    /// <summary>What a bomb may add to a process's peak memory ("a few hundred MB above idle").</summary>
    private const long PeakGrowthCeiling = 300 * MiB;

    private const long PeakCeiling = 1024 * MiB;

    private static readonly byte[] Png = InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Bomb Squad Ltd", "SAFE-1", "2024-04-01", [new PrintedLineItem("Inspection", 1, 90m)]), dpi: 100);

    [Fact]
    public async Task An_8_mb_pdf_whose_catalog_inflates_to_8_gib_gets_422_with_bounded_api_memory_and_the_next_upload_completes()
    {
        using var client = fixture.CreateApiClient("bomb-api-user");
        var bomb = PdfBombs.CatalogInObjectStream(8L * 1024 * MiB);
        Assert.InRange(bomb.Length, 4 * MiB, 10 * MiB - 1);
        var before = fixture.PeakMemoryBytes("api");

        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(bomb, "bomb.pdf"));

        var after = fixture.PeakMemoryBytes("api");
        output.WriteLine($"api VmHWM before {before / MiB} MB, after {after / MiB} MB");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("'bomb.pdf': A compressed stream in the PDF (object 3) inflates to more than 32 MB", problem.GetProperty("detail").GetString());
        Assert.True(after - before < PeakGrowthCeiling, $"api peak grew by {(after - before) / MiB} MB");
        Assert.True(after < PeakCeiling, $"api peak {after / MiB} MB");

        var next = await client.SubmitAsync(Png, "after-bomb.png");
        var status = await client.WaitForFinalStatusAsync(next.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("completed", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_content_bomb_that_gets_past_the_api_fails_its_job_with_the_reason_and_bounded_worker_memory()
    {
        // The second API instance allows 1 GiB per stream, so this 1 MB file reaches the worker, which keeps 32 MB.
        using var client = fixture.CreateApiClient("bomb-worker-user", OcrAppFixture.SecondApi);
        var bomb = PdfBombs.PageContent((OcrAppFixture.SecondApiPdfStreamMegabytes - 16) * MiB);
        var before = fixture.PeakMemoryBytes("worker");

        var accepted = await client.SubmitAsync(bomb, "content-bomb.pdf");
        var status = await client.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);

        var after = fixture.PeakMemoryBytes("worker");
        output.WriteLine($"worker VmHWM before {before / MiB} MB, after {after / MiB} MB");
        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Contains("inflates to more than 32 MB, the limit per stream", status.GetProperty("error_message").GetString());
        Assert.True(after - before < PeakGrowthCeiling, $"worker peak grew by {(after - before) / MiB} MB");
        Assert.True(after < PeakCeiling, $"worker peak {after / MiB} MB");

        var next = await client.SubmitAsync(Png, "after-content-bomb.png");
        Assert.Equal("completed", (await client.WaitForFinalStatusAsync(next.GetProperty("ocr_result_id").GetString()!)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_page_too_large_for_the_pixel_limit_at_300_dpi_gets_422_at_upload_and_the_worker_refuses_it_before_rendering()
    {
        const string TooLarge =
            "Page 1 of the PDF (3000 x 3000 pt) rendered at 300 dpi is 12500 x 12500 pixels (156.3 megapixels); the limit is 50 megapixels.";
        using var client = fixture.CreateApiClient("huge-page-user");
        var pdf = PdfBuilder.CreateSized(3000, 3000, _ => { });

        using var refused = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(pdf, "poster.pdf"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal($"'poster.pdf': {TooLarge}", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        // The second API instance allows 200 megapixels, so the page reaches the worker, which keeps 50.
        using var generous = fixture.CreateApiClient("huge-page-user", OcrAppFixture.SecondApi);
        var accepted = await generous.SubmitAsync(pdf, "poster.pdf");
        var status = await generous.WaitForFinalStatusAsync(accepted.GetProperty("ocr_result_id").GetString()!);

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Contains(TooLarge, status.GetProperty("error_message").GetString());
    }
}
