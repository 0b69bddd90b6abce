using System.Net.Http.Headers;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>Requests that used to end in a 500: each now gets a 4xx problem that names what is wrong.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class RequestProblemTests(OcrAppFixture fixture)
{
    private const string TemplatesPath = "/api/templates";

    private static readonly byte[] Png = InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Problem Ltd", "PRB-1", "2024-02-01", [new PrintedLineItem("Service", 1, 10m)]), dpi: 100);

    [Fact]
    public async Task An_upload_body_slower_than_the_minimum_data_rate_gets_408()
    {
        var endpoint = fixture.App.GetEndpoint("api", "http");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint.Host, endpoint.Port);
        await using var stream = tcp.GetStream();
        var head = $"POST {OcrApiClient.SubmitPath} HTTP/1.1\r\nHost: {endpoint.Authority}\r\n" +
            $"Authorization: Bearer {fixture.Tokens.For("slow-uploader")}\r\n" +
            "Content-Type: multipart/form-data; boundary=slow\r\nContent-Length: 1000000\r\n\r\n" +
            "--slow\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.png\"\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // A byte a second, far below Kestrel's 240 bytes/s after its 5 s grace period, until the server answers.
        var reply = new byte[4096];
        var read = stream.ReadAsync(reply).AsTask();
        for (var i = 0; i < 30 && !read.IsCompleted; i++)
        {
            await stream.WriteAsync("x"u8.ToArray());
            await Task.WhenAny(read, Task.Delay(1000));
        }

        var length = await read.WaitAsync(TimeSpan.FromSeconds(10));
        var text = Encoding.UTF8.GetString(reply, 0, length);
        Assert.StartsWith("HTTP/1.1 408", text, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", text, StringComparison.Ordinal);
        Assert.Contains("minimum data rate", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keywords", "keywords must list 1 to 20 words or phrases that identify the vendor's invoices (got null).")]
    [InlineData("fields", "fields must give a regular expression for at least one of")]
    public async Task A_template_with_a_null_list_gets_400_naming_it(string property, string detail)
    {
        using var client = fixture.CreateApiClient("null-template-user");
        var body = new Dictionary<string, object?>
        {
            ["name"] = "Nulls",
            ["keywords"] = new[] { "Null Ltd" },
            ["fields"] = new Dictionary<string, string> { ["invoice_number"] = "NO-(\\d+)" },
        };
        body[property] = null;

        using var response = await client.PostAsJsonAsync(TemplatesPath, body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task A_40_mb_template_gets_413()
    {
        using var client = fixture.CreateApiClient("huge-template-user");
        client.DefaultRequestHeaders.ExpectContinue = true; // Read the early answer rather than a broken pipe.
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes("{\"name\":\"" + new string('x', 40 * 1024 * 1024) + "\"}"));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync(TemplatesPath, body);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "A template body may be at most 256 KB.");
    }

    [Fact]
    public async Task User_names_longer_than_the_column_work_and_stay_apart()
    {
        var name = new string('u', 300);
        using var first = fixture.CreateApiClient(name + "-a");
        using var second = fixture.CreateApiClient(name + "-b");

        var accepted = await first.SubmitAsync(Png, "long-user.png");
        using var template = await first.PostAsJsonAsync(TemplatesPath, new
        {
            name = "Long",
            keywords = new[] { "Problem Ltd" },
            fields = new Dictionary<string, string> { ["invoice_number"] = "PRB-(\\d+)" },
        });

        Assert.Equal(HttpStatusCode.Created, template.StatusCode);
        var statusUrl = accepted.GetProperty("check_status_url").GetString();
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(statusUrl)).StatusCode);
        // The same first 256 characters are not the same user.
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync(statusUrl)).StatusCode);
        Assert.Empty((await second.GetFromJsonAsync<JsonElement>(TemplatesPath)).EnumerateArray());
    }

    [Fact]
    public async Task A_recent_limit_that_is_not_a_number_gets_400()
    {
        using var client = fixture.CreateApiClient("recent-abc-user");

        using var response = await client.GetAsync("/api/ocr-async/recent?limit=abc");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "limit");
    }

    [Fact]
    public async Task Malformed_json_to_the_system_notification_gets_400()
    {
        using var admin = fixture.CreateApiClient("json-admin", roles: ["admin"]);

        using var response = await admin.PostAsync("/api/notifications/system", new StringContent("{\"message\": ", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "as JSON");
    }

    [Fact]
    public async Task A_new_idempotency_key_on_each_upload_still_counts_against_the_queue_cap()
    {
        // Slow jobs (several scanned pages each) keep the cap's worth of jobs waiting while the next one is tried.
        using var client = fixture.CreateApiClient("idempotent-flooder", OcrAppFixture.SecondApi);
        var page = InvoiceImageRenderer.RenderPng(InvoiceSpec.Create("Slow Ltd", "SLOW-1", "2024-01-01", [new PrintedLineItem("x", 1, 1m)]), dpi: 300);
        var slowPdf = ScannedPdf.FromPages(Enumerable.Repeat(page, 6));
        var taskIds = new List<string>();
        for (var i = 0; i < OcrAppFixture.SecondApiQueueCap; i++)
        {
            taskIds.Add((await SubmitWithKeyAsync(client, slowPdf, $"key-{i}")).GetProperty("task_id").GetString()!);
        }

        try
        {
            using var over = new HttpRequestMessage(HttpMethod.Post, OcrApiClient.SubmitPath) { Content = OcrApiClient.Form(Png, "over.png") };
            over.Headers.Add("Idempotency-Key", "key-over");
            using var response = await client.SendAsync(over);
            await AssertProblemAsync(response, HttpStatusCode.TooManyRequests, $"the limit is {OcrAppFixture.SecondApiQueueCap}");

            // A replay of an existing job is not a new job: it still answers with the original.
            var replay = await SubmitWithKeyAsync(client, slowPdf, "key-0");
            Assert.Equal(taskIds[0], replay.GetProperty("task_id").GetString());
        }
        finally
        {
            foreach (var taskId in taskIds)
            {
                (await client.PostAsync($"/api/ocr-async/cancel/{taskId}", null)).Dispose();
            }
        }
    }

    [Fact]
    public async Task A_rate_limited_user_is_told_the_real_wait_and_gets_through_after_it()
    {
        using var flooder = fixture.CreateApiClient("retry-after-flooder");
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 100 && limited is null; i++)
        {
            var response = await flooder.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form([], "empty.png"));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        var wait = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        limited.Dispose();
        Assert.InRange(wait, 1, 2); // 60 per minute refill one a second, not 60 at the end of the minute.

        await Task.Delay(TimeSpan.FromSeconds(wait) + TimeSpan.FromMilliseconds(300));
        using var after = await flooder.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form([], "empty.png"));
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode); // The empty file's own answer, no longer 429.
    }

    private static async Task<JsonElement> SubmitWithKeyAsync(HttpClient client, byte[] file, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, OcrApiClient.SubmitPath) { Content = OcrApiClient.Form(file, "slow.pdf") };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string detail)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
