namespace OcrAsync.Tests.EndToEnd;

/// <summary>/api/templates against the running system: ownership, validation, and templates applied by the worker.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class TemplateTests(OcrAppFixture fixture)
{
    private const string TemplatesPath = "/api/templates";

    private static object Definition(string name, params string[] keywords) => new
    {
        name,
        keywords,
        fields = new Dictionary<string, string>
        {
            ["invoice_number"] = "TPL-(?<value>[0-9]+-[0-9]+)",
            ["vendor_name"] = "^(Tailspin)",
        },
        language = "eng",
    };

    private static byte[] Invoice(string number) => InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Tailspin Toys Ltd", number, "2024-05-06", [new PrintedLineItem("Model kit", 2, 30m)]), dpi: 200);

    [Fact]
    public async Task Templates_are_created_read_updated_and_deleted_by_their_owner_only()
    {
        using var alice = fixture.CreateApiClient("tpl-alice");
        using var bob = fixture.CreateApiClient("tpl-bob");

        using var created = await alice.PostAsJsonAsync(TemplatesPath, Definition("Tailspin", "Tailspin Toys"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var template = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = template.GetProperty("id").GetString()!;
        Assert.EndsWith($"{TemplatesPath}/{id}", created.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("TPL-(?<value>[0-9]+-[0-9]+)", template.GetProperty("fields").GetProperty("invoice_number").GetString());

        var mine = await alice.GetFromJsonAsync<JsonElement>(TemplatesPath);
        Assert.Contains(mine.EnumerateArray(), t => t.GetProperty("id").GetString() == id);
        Assert.DoesNotContain((await bob.GetFromJsonAsync<JsonElement>(TemplatesPath)).EnumerateArray(), t => t.GetProperty("id").GetString() == id);

        // Another user can neither read, change, delete nor use it: the same 404 as an unknown id.
        using (var read = await bob.GetAsync($"{TemplatesPath}/{id}"))
        using (var update = await bob.PutAsJsonAsync($"{TemplatesPath}/{id}", Definition("Stolen", "x")))
        using (var delete = await bob.DeleteAsync($"{TemplatesPath}/{id}"))
        using (var use = await bob.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(Invoice("1-1"), "a.png", ("template_id", id))))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, use.StatusCode);
            var problem = await use.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("template_id", problem.GetProperty("field").GetString());
        }

        using var updated = await alice.PutAsJsonAsync($"{TemplatesPath}/{id}", Definition("Tailspin v2", "Tailspin Toys"));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Tailspin v2", (await alice.GetFromJsonAsync<JsonElement>($"{TemplatesPath}/{id}")).GetProperty("name").GetString());

        using var deleted = await alice.DeleteAsync($"{TemplatesPath}/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await alice.GetAsync($"{TemplatesPath}/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"x","keywords":["a"],"fields":{"total_amount":"Total (\\d+"}}""", "fields.total_amount: invalid regular expression")]
    [InlineData("""{"name":"x","keywords":["a"],"fields":{"po_number":"PO (\\d+)"}}""", "fields.po_number: unknown field")]
    [InlineData("""{"name":"x","keywords":["a"],"fields":{"invoice_number":"(\\w)\\1"}}""", "needs backtracking")]
    [InlineData("""{"name":"x","keywords":["a"],"fieldz":{}}""", "'fieldz' could not be mapped")]
    [InlineData("""{"name":"x",""", "The body is not a valid template")]
    [InlineData("""{"name":"x","keywords":["a"],"fields":{"date":"(\\S+)"},"date_format":"yyyy"}""", "date_format 'yyyy'")]
    public async Task An_invalid_template_is_refused_with_the_exact_problem(string body, string expected)
    {
        using var client = fixture.CreateApiClient("tpl-invalid");

        using var response = await client.PostAsync(TemplatesPath, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>(TemplatesPath)).EnumerateArray());
    }

    [Fact]
    public async Task A_named_template_and_a_keyword_matched_one_both_read_the_invoice_and_the_status_says_which_and_why()
    {
        using var client = fixture.CreateApiClient("tpl-user");
        using var created = await client.PostAsJsonAsync(TemplatesPath, Definition("Tailspin", "TAILSPIN TOYS", "invoice"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var named = await client.SubmitAsync(Invoice("TPL-4410-17"), "named.png", ("template_id", id));
        var matched = await client.SubmitAsync(Invoice("TPL-5520-28"), "matched.png");

        var namedStatus = await client.WaitForFinalStatusAsync(named.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("completed", namedStatus.GetProperty("status").GetString());
        Assert.Equal(id, namedStatus.GetProperty("template_id").GetString());
        var namedData = namedStatus.GetProperty("extracted_data");
        Assert.Equal("4410-17", namedData.GetProperty("invoice_number").GetString()); // The template's group, not the generic "TPL-4410-17".
        Assert.Equal("Tailspin", namedData.GetProperty("vendor_name").GetString());
        Assert.Equal("named in the upload (template_id)", namedData.GetProperty("template").GetProperty("reason").GetString());

        var matchedStatus = await client.WaitForFinalStatusAsync(matched.GetProperty("ocr_result_id").GetString()!);
        var matchedData = matchedStatus.GetProperty("extracted_data");
        Assert.Equal("5520-28", matchedData.GetProperty("invoice_number").GetString());
        Assert.Equal(id, matchedData.GetProperty("template").GetProperty("id").GetString());
        Assert.Equal("all its keywords were found: 'TAILSPIN TOYS', 'invoice'", matchedData.GetProperty("template").GetProperty("reason").GetString());

        // Another user's upload of the same invoice is not read with this user's template.
        using var other = fixture.CreateApiClient("tpl-other");
        var otherJob = await other.SubmitAsync(Invoice("TPL-6630-39"), "other.png");
        var otherData = (await other.WaitForFinalStatusAsync(otherJob.GetProperty("ocr_result_id").GetString()!)).GetProperty("extracted_data");
        Assert.False(otherData.TryGetProperty("template", out _));
        Assert.Equal("TPL-6630-39", otherData.GetProperty("invoice_number").GetString());
    }
}
