namespace OcrAsync.Tests.EndToEnd;

[Collection(OcrAppCollection.Name)]
public sealed class UploadValidationTests(OcrAppFixture fixture)
{
    private static readonly byte[] Png = InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Fabrikam", "VAL-1", "2024-02-01", [new PrintedLineItem("Service", 1, 10m)]), dpi: 100);

    public static TheoryData<string, HttpStatusCode, string> BadUploads => new()
    {
        { "no-file", HttpStatusCode.BadRequest, "No file was uploaded" },
        { "empty-file", HttpStatusCode.BadRequest, "is empty" },
        { "html-named-jpg", HttpStatusCode.UnsupportedMediaType, "HTML document" },
        { "executable", HttpStatusCode.UnsupportedMediaType, "ELF executable" },
        { "bad-priority", HttpStatusCode.BadRequest, "priority must be one of low, normal, high" },
        { "numeric-priority", HttpStatusCode.BadRequest, "priority must be one of low, normal, high" },
        { "flags-priority", HttpStatusCode.BadRequest, "priority must be one of low, normal, high (got 'high, low')" },
        { "two-priorities", HttpStatusCode.BadRequest, "priority must be one of low, normal, high" },
        { "threshold-above-one", HttpStatusCode.BadRequest, "confidence_threshold must be a number from 0 to 1" },
        { "threshold-not-a-number", HttpStatusCode.BadRequest, "confidence_threshold must be a number from 0 to 1" },
        { "unknown-template", HttpStatusCode.BadRequest, "template_id 'tpl-404' is not one of your templates" },
        { "json-body", HttpStatusCode.BadRequest, "multipart/form-data" },
        { "oversized", HttpStatusCode.RequestEntityTooLarge, "limit" },
        { "pixel-bomb-png", HttpStatusCode.UnprocessableEntity, "is 100000 x 100000 pixels (10000 megapixels); the limit is 50 megapixels" },
        { "frame-bomb-tiff", HttpStatusCode.UnprocessableEntity, "The TIFF has more than 50 pages; the limit is 50." },
        { "page-bomb-pdf", HttpStatusCode.UnprocessableEntity, "The PDF has 10000 pages; the limit is 50." },
    };

    private static readonly Lazy<byte[]> TenThousandPagePdf = new(() => Processing.PdfBuilder.Create(
        Enumerable.Repeat<Action<SkiaSharp.SKCanvas>>(_ => { }, 10_000).ToArray()));

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Bad_uploads_get_a_problem_with_a_useful_detail(string upload, HttpStatusCode expected, string detail)
    {
        using var client = fixture.CreateApiClient($"validation-{upload}");
        var before = await CountJobsAsync(client);

        // Like curl, ask before sending a large body, so an early rejection is read rather than a broken pipe.
        client.DefaultRequestHeaders.ExpectContinue = true;
        using var response = await client.PostAsync(OcrApiClient.SubmitPath, BuildBody(upload));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(before, await CountJobsAsync(client)); // Nothing was stored for a rejected request.
    }

    private static async Task<int> CountJobsAsync(HttpClient client)
    {
        var stats = await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/queue-stats");
        return stats.GetProperty("my_jobs").EnumerateObject().Sum(s => s.Value.GetInt32());
    }

    [Fact]
    public async Task An_accepted_upload_says_how_long_storing_its_file_and_committing_its_job_took()
    {
        using var client = fixture.CreateApiClient("timing-user");

        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(Png, "timed.png", ("reuse", "false")));

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var header = Assert.Single(response.Headers.GetValues("Server-Timing"));
        // The store's phase is split where the file is stored and the job's commit starts.
        Assert.Matches("^pre;dur=[0-9.]+, body;dur=[0-9.]+, check;dur=[0-9.]+, quota;dur=[0-9.]+, file;dur=[0-9.]+, store;dur=[0-9.]+, total;", header);
    }

    [Fact]
    public async Task A_file_name_with_a_path_is_stored_as_a_plain_name()
    {
        using var client = fixture.CreateApiClient("validation-user");

        var accepted = await client.SubmitAsync(Png, "../../etc/passwd\u0007.png");
        var status = await client.GetFromJsonAsync<JsonElement>(accepted.GetProperty("check_status_url").GetString());

        Assert.Equal("passwd.png", status.GetProperty("file_name").GetString());

        // Bidi and other format characters go too: "invoice\u202Egnp.exe" would display as "invoiceexe.png".
        var bidi = await client.SubmitAsync(Png, "invoice\u202Egnp\u200B.exe");
        var bidiStatus = await client.GetFromJsonAsync<JsonElement>(bidi.GetProperty("check_status_url").GetString());
        Assert.Equal("invoicegnp.exe", bidiStatus.GetProperty("file_name").GetString());

        // A long name is cut to 255 characters; a 10 000-character one overflows the multipart header limit: 400, said so.
        var longName = new string('n', 1_000) + ".png";
        using (var tooLong = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(Png, new string('n', 10_000) + ".png")))
        {
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooLong.StatusCode);
            var problem = await tooLong.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("Multipart headers length limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var longAccepted = await client.SubmitAsync(Png, longName);
        var longStatus = await client.GetFromJsonAsync<JsonElement>(longAccepted.GetProperty("check_status_url").GetString());
        Assert.Equal(longName[..255], longStatus.GetProperty("file_name").GetString());
    }

    private static HttpContent BuildBody(string upload) => upload switch
    {
        "no-file" => new MultipartFormDataContent { { new StringContent("high"), "priority" } },
        "empty-file" => OcrApiClient.Form([], "empty.png"),
        "html-named-jpg" => OcrApiClient.Form(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><script>alert(1)</script></html>"), "invoice.jpg"),
        "executable" => OcrApiClient.Form([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], "invoice.png"),
        "bad-priority" => OcrApiClient.Form(Png, "a.png", ("priority", "urgent")),
        "numeric-priority" => OcrApiClient.Form(Png, "a.png", ("priority", "2")),
        "flags-priority" => OcrApiClient.Form(Png, "a.png", ("priority", "high, low")),
        "two-priorities" => OcrApiClient.Form(Png, "a.png", ("priority", "high"), ("priority", "low")),
        "threshold-above-one" => OcrApiClient.Form(Png, "a.png", ("confidence_threshold", "1.5")),
        "threshold-not-a-number" => OcrApiClient.Form(Png, "a.png", ("confidence_threshold", "high")),
        "unknown-template" => OcrApiClient.Form(Png, "a.png", ("template_id", "tpl-404")),
        "json-body" => JsonContent.Create(new { file = "aGVsbG8=" }),
        "oversized" => OcrApiClient.Form(new byte[11 * 1024 * 1024], "huge.png"),
        "pixel-bomb-png" => OcrApiClient.Form(Processing.TestImages.PngClaiming(100_000, 100_000), "bomb.png"),
        "frame-bomb-tiff" => OcrApiClient.Form(Processing.TestImages.MultipageTiff(Enumerable.Repeat((1, 1, (byte[]?)null), 5_000).ToList()), "frames.tif"),
        "page-bomb-pdf" => OcrApiClient.Form(TenThousandPagePdf.Value, "pages.pdf"),
        _ => throw new ArgumentOutOfRangeException(nameof(upload)),
    };
}
