using System.Net.Http.Headers;
using OcrAsync.Api.Uploads;

namespace OcrAsync.Tests.Api;

public sealed class StreamedFormTests
{
    private static readonly byte[] Png = InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Northwind Paper", "STR-1", "2024-03-01", [new PrintedLineItem("Paper", 2, 5m)]), dpi: 100);

    [Fact]
    public async Task Fields_are_read_as_text_and_the_file_into_an_array_of_its_exact_size()
    {
        using var body = new MultipartFormDataContent
        {
            { new StringContent("high"), "priority" },
            { new ByteArrayContent(Png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "scan.png" },
            { new StringContent("eng+vie"), "language" },
        };
        var request = await RequestAsync(body, withLength: true);

        var form = await StreamedForm.ReadAsync(request, CancellationToken.None);

        Assert.Equal("high", form["priority"].ToString());
        Assert.Equal("eng+vie", form["language"].ToString());
        var file = Assert.IsType<InMemoryFormFile>(form.Files.GetFile("file"));
        Assert.Equal("scan.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Png, file.Content);
    }

    [Fact]
    public async Task A_body_without_a_length_is_read_whole_however_large_the_file()
    {
        var large = new byte[300_000];
        Random.Shared.NextBytes(large);
        using var body = new MultipartFormDataContent { { new ByteArrayContent(large), "file", "large.bin" } };
        var request = await RequestAsync(body, withLength: false);

        var form = await StreamedForm.ReadAsync(request, CancellationToken.None);

        Assert.Equal(large, Assert.IsType<InMemoryFormFile>(form.Files.GetFile("file")).Content);
    }

    [Fact]
    public async Task A_body_without_a_boundary_or_with_a_section_that_is_not_a_form_field_is_malformed()
    {
        var noBoundary = new DefaultHttpContext().Request;
        noBoundary.ContentType = "multipart/form-data";
        noBoundary.Body = new MemoryStream();
        await Assert.ThrowsAsync<InvalidDataException>(() => StreamedForm.ReadAsync(noBoundary, CancellationToken.None));

        var notForm = new DefaultHttpContext().Request;
        notForm.ContentType = "multipart/form-data; boundary=b";
        notForm.Body = new MemoryStream("--b\r\nContent-Disposition: attachment; filename=\"a.png\"\r\n\r\nxyz\r\n--b--\r\n"u8.ToArray());
        await Assert.ThrowsAsync<InvalidDataException>(() => StreamedForm.ReadAsync(notForm, CancellationToken.None));
    }

    [Fact]
    public async Task A_streamed_file_becomes_the_submission_without_another_copy()
    {
        using var body = new MultipartFormDataContent { { new ByteArrayContent(Png), "file", "scan.png" } };
        var request = await RequestAsync(body, withLength: true);
        var reader = new UploadRequestReader(Options.Create(new UploadOptions()), Options.Create(new DocumentLimitsOptions()));

        var read = await reader.ReadFormAsync(request, "file", 10 * 1024 * 1024, filesInMemory: true, CancellationToken.None);
        Assert.False(read.Failed(out _, out var form));
        var file = Assert.IsType<InMemoryFormFile>(form.Files.GetFile("file"));
        var settings = new UploadSettings(JobPriority.Normal, 0.7, null);
        Assert.False((await reader.ReadFileAsync(file, "file", "alice", settings, CancellationToken.None)).Failed(out _, out var submission));

        Assert.Same(file.Content, submission.Content);
        Assert.Equal("scan.png", submission.FileName);
    }

    [Fact]
    public async Task A_declared_length_allocates_nothing_ahead_of_the_bytes_that_really_come()
    {
        // 8 small file sections under a declared 64 MB: memory follows the bytes sent, not the length claimed per file.
        using var body = new MultipartFormDataContent();
        for (var i = 0; i < 8; i++)
        {
            body.Add(new ByteArrayContent(new byte[1000]), "file", $"part{i}.png");
        }

        var request = await RequestAsync(body, withLength: true);
        request.ContentLength = 64 * 1024 * 1024;
        var before = GC.GetAllocatedBytesForCurrentThread();

        var form = await StreamedForm.ReadAsync(request, CancellationToken.None); // a MemoryStream body: no thread hop

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 8 * 1024 * 1024);
        Assert.All(form.Files, file => Assert.Equal(1000, file.Length));
    }

    private static async Task<HttpRequest> RequestAsync(MultipartFormDataContent body, bool withLength)
    {
        var bytes = await body.ReadAsByteArrayAsync();
        var request = new DefaultHttpContext().Request;
        request.ContentType = body.Headers.ContentType!.ToString();
        request.ContentLength = withLength ? bytes.Length : null;
        request.Body = new MemoryStream(bytes);
        return request;
    }
}
