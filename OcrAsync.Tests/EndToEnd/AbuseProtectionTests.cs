namespace OcrAsync.Tests.EndToEnd;

[Collection(OcrAppCollection.Name)]
public sealed class AbuseProtectionTests(OcrAppFixture fixture)
{
    [Fact]
    public async Task A_user_flooding_submit_gets_429_with_retry_after_while_others_are_unaffected()
    {
        using var flooder = fixture.CreateApiClient("flooder");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 80 && limited is null; i++)
        {
            // Empty files are rejected cheaply (400), but every attempt still spends the user's allowance.
            var response = await flooder.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form([], "empty.png"));
            statuses.Add(response.StatusCode);
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
        Assert.All(statuses.SkipLast(1), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.True(statuses.Count > 10, "the burst allowance should let a normal client through first");
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) >= 1);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("try again", problem.GetProperty("detail").GetString());
        limited.Dispose();

        using var someoneElse = fixture.CreateApiClient("polite-user");
        using var other = await someoneElse.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form([], "empty.png"));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task A_bulk_upload_over_the_users_queue_cap_is_refused_whole_and_one_within_it_is_accepted()
    {
        using var client = fixture.CreateApiClient("queue-cap-user", OcrAppFixture.SecondApi);
        var png = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Cap Ltd", "CAP-1", "2024-01-01", [new PrintedLineItem("x", 1, 1m)]), dpi: 80);
        MultipartFormDataContent Bulk(int files)
        {
            var form = new MultipartFormDataContent();
            for (var i = 0; i < files; i++)
            {
                form.Add(new ByteArrayContent(png), "files", $"cap-{i}.png");
            }

            return form;
        }

        using var over = await client.PostAsync("/api/ocr-async/process-bulk", Bulk(OcrAppFixture.SecondApiQueueCap + 1));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        var problem = await over.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"the limit is {OcrAppFixture.SecondApiQueueCap}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var recent = await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/recent");
        Assert.Empty(recent.EnumerateArray()); // Nothing of the refused upload was stored.

        using var within = await client.PostAsync("/api/ocr-async/process-bulk", Bulk(OcrAppFixture.SecondApiQueueCap));
        Assert.Equal(HttpStatusCode.Accepted, within.StatusCode);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        using var client = fixture.CreateApiClient("headers-user");

        using var response = await client.GetAsync("/api/ocr-async/queue-stats");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Cors_is_closed_by_default()
    {
        using var client = fixture.CreateApiClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, OcrApiClient.SubmitPath);
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await client.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
