using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace OcrAsync.Tests.EndToEnd;

[Collection(OcrAppCollection.Name)]
public sealed class AccessControlTests(OcrAppFixture fixture)
{
    private static readonly byte[] Png = InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Fabrikam", "ACL-1", "2024-02-01", [new PrintedLineItem("Service", 1, 10m)]), dpi: 100);

    [Fact]
    public async Task Another_users_job_is_not_found_and_the_owner_sees_it()
    {
        using var alice = fixture.CreateApiClient("alice");
        using var bob = fixture.CreateApiClient("bob");
        var accepted = await alice.SubmitAsync(Png, "a.png");
        var id = accepted.GetProperty("ocr_result_id").GetString();

        using var asBob = await bob.GetAsync($"/api/ocr-async/status/{id}");
        using var asAlice = await alice.GetAsync($"/api/ocr-async/status/{id}");

        Assert.Equal(HttpStatusCode.NotFound, asBob.StatusCode);
        Assert.Equal("application/problem+json", asBob.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, asAlice.StatusCode);
    }

    [Fact]
    public async Task An_unknown_or_malformed_id_is_a_404_problem()
    {
        using var alice = fixture.CreateApiClient("alice");

        foreach (var id in new[] { Guid.NewGuid().ToString(), "not-a-guid" })
        {
            using var response = await alice.GetAsync($"/api/ocr-async/status/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(id, problem.GetProperty("detail").GetString());
        }
    }

    [Theory]
    [InlineData("none")]
    [InlineData("garbage")]
    [InlineData("wrong-key")]
    [InlineData("expired")]
    [InlineData("wrong-audience")]
    [InlineData("wrong-issuer")]
    [InlineData("not-yet-valid")]
    [InlineData("alg-none")]
    public async Task Requests_without_a_valid_token_are_401_with_a_challenge(string token)
    {
        using var client = fixture.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = token switch
        {
            "none" => null,
            "garbage" => new AuthenticationHeaderValue("Bearer", "not.a.jwt"),
            "wrong-key" => Bearer(fixture.Tokens.For("alice", signingKey: new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)))),
            "expired" => Bearer(fixture.Tokens.For("alice", lifetime: TimeSpan.FromMinutes(-30))),
            "wrong-audience" => Bearer(fixture.Tokens.For("alice", audience: "https://elsewhere.example")),
            "wrong-issuer" => Bearer(fixture.Tokens.For("alice", issuer: "https://evil.example")),
            "not-yet-valid" => Bearer(fixture.Tokens.For("alice", startsIn: TimeSpan.FromHours(1))),
            _ => Bearer(TestTokens.Unsigned("alice")),
        };

        using var submit = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(Png, "a.png"));
        Assert.Equal(HttpStatusCode.Unauthorized, submit.StatusCode);
        Assert.Contains(submit.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");

        // Every operation the OpenAPI document lists, so an endpoint added later is covered too.
        foreach (var (method, path) in await DocumentedOperationsAsync())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}");
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        }
    }

    private async Task<List<(string Method, string Path)>> DocumentedOperationsAsync()
    {
        using var anonymous = fixture.CreateApiClient();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (
                op.Name.ToUpperInvariant(),
                System.Text.RegularExpressions.Regex.Replace(path.Name, "{[^}]+}", Guid.NewGuid().ToString()))))
            .ToList();
        Assert.True(operations.Count >= 13, $"Only {operations.Count} operations are documented");
        return operations;
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
