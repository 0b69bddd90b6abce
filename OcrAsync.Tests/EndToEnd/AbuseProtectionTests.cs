using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

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
