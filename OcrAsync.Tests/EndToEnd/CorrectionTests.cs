namespace OcrAsync.Tests.EndToEnd;

/// <summary>Corrections against the running system: one correction teaches a vendor, bad corrections are refused.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class CorrectionTests(OcrAppFixture fixture)
{
    private const string Vendor = "Quillfeather Stationers";

    private static string ResultPath(string id) => $"/api/ocr-async/results/{id}";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static object Truth(OddLayoutInvoice invoice) => new
    {
        fields = new Dictionary<string, object>
        {
            ["invoice_number"] = invoice.Voucher,
            ["date"] = invoice.RaisedIso,
            ["total_amount"] = invoice.Payable,
            ["vendor_name"] = Vendor,
        },
    };

    private static bool ReadsRight(JsonElement data, OddLayoutInvoice invoice) =>
        Text(data, "invoice_number") == invoice.Voucher
        && Text(data, "date") == invoice.RaisedIso
        && data.TryGetProperty("total_amount", out var total) && total.ValueKind == JsonValueKind.Number && total.GetDecimal() == invoice.Payable
        && Text(data, "vendor_name") == Vendor;

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsTraining(JsonElement n, string ocrResultId, string stage) =>
        n.GetProperty("type").GetString() == "ai_training" && NotificationRecorder.IsAbout(n, ocrResultId)
        && n.GetProperty("data").GetProperty("stage").GetString() == stage;

    [Fact]
    public async Task One_correction_teaches_the_vendor_and_nine_of_ten_later_invoices_come_back_right()
    {
        using var alice = fixture.CreateApiClient("learn-alice");
        await using var events = await NotificationRecorder.StartAsync(fixture.CreateHubConnection("learn-alice"));

        var first = OddLayoutInvoice.Sample(Vendor, 0);
        var firstId = (await alice.SubmitAsync(OddLayoutInvoiceRenderer.RenderPng(first), "quill-0.png")).GetProperty("ocr_result_id").GetString()!;
        var machine = (await alice.WaitForFinalStatusAsync(firstId)).GetProperty("extracted_data");
        Assert.False(ReadsRight(machine, first), $"the generic extractor should misread this vendor: {machine}");

        using var corrected = await alice.PatchAsync(ResultPath(firstId), JsonContent.Create(Truth(first)));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var answer = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("queued", answer.GetProperty("training_status").GetString());

        var status = await alice.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{firstId}");
        Assert.True(status.GetProperty("corrected").GetBoolean());
        Assert.True(ReadsRight(status.GetProperty("extracted_data"), first));
        Assert.Equal(machine.GetRawText(), status.GetProperty("machine_extracted_data").GetRawText()); // Nothing of the machine's result is lost.
        var history = status.GetProperty("corrections").EnumerateArray().ToList();
        Assert.Equal(4, history.Count);
        var numberCorrection = history.Single(c => c.GetProperty("field").GetString() == "invoice_number");
        Assert.Equal(first.Voucher, numberCorrection.GetProperty("corrected_value").GetString());
        Assert.Equal(Text(machine, "invoice_number"), Text(numberCorrection, "machine_value"));

        await events.WaitForAsync(e => IsTraining(e, firstId, "queued"));
        var completed = await events.WaitForAsync(e => IsTraining(e, firstId, "completed"), TimeSpan.FromSeconds(60));
        var learned = completed.GetProperty("data");
        Assert.Equal(Vendor, learned.GetProperty("vendor").GetString());
        Assert.Equal(1, learned.GetProperty("examples").GetInt32());
        Assert.Equal(["date", "invoice_number", "total_amount", "vendor_name"], learned.GetProperty("fields_learned").EnumerateArray().Select(f => f.GetString()!).Order());

        var template = Assert.Single((await alice.GetFromJsonAsync<JsonElement>("/api/templates")).EnumerateArray());
        Assert.Equal("learned", template.GetProperty("source").GetString());
        Assert.Equal(firstId, Assert.Single(template.GetProperty("examples").EnumerateArray()).GetProperty("ocr_result_id").GetString());

        // Ten new invoices of the vendor: other numbers, dates, amounts and line counts.
        var later = Enumerable.Range(1, 10).Select(i => OddLayoutInvoice.Sample(Vendor, i)).ToList();
        var ids = new List<string>();
        foreach (var (invoice, i) in later.Select((x, i) => (x, i)))
        {
            ids.Add((await alice.SubmitAsync(OddLayoutInvoiceRenderer.RenderPng(invoice), $"quill-{i + 1}.png")).GetProperty("ocr_result_id").GetString()!);
        }

        var right = 0;
        var wrong = new List<string>();
        for (var i = 0; i < later.Count; i++)
        {
            var data = (await alice.WaitForFinalStatusAsync(ids[i], TimeSpan.FromMinutes(3))).GetProperty("extracted_data");
            Assert.Equal(template.GetProperty("id").GetString(), data.GetProperty("template").GetProperty("id").GetString());
            if (ReadsRight(data, later[i]))
            {
                right++;
            }
            else
            {
                wrong.Add(data.GetRawText());
            }
        }

        Assert.True(right >= 9, $"{right}/10 right; wrong: {string.Join("\n", wrong)}");

        // Another vendor of the same user, and the same vendor for another user: no learned template.
        var otherVendor = await alice.SubmitAsync(InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Brightwater Supplies", "BW-2024-0117", "2024-05-06", [new PrintedLineItem("Paper", 2, 30m)]), dpi: 200), "other.png");
        using var bob = fixture.CreateApiClient("learn-bob");
        var bobJob = await bob.SubmitAsync(OddLayoutInvoiceRenderer.RenderPng(OddLayoutInvoice.Sample(Vendor, 11)), "quill-bob.png");
        var otherData = (await alice.WaitForFinalStatusAsync(otherVendor.GetProperty("ocr_result_id").GetString()!)).GetProperty("extracted_data");
        var bobData = (await bob.WaitForFinalStatusAsync(bobJob.GetProperty("ocr_result_id").GetString()!)).GetProperty("extracted_data");
        Assert.False(otherData.TryGetProperty("template", out _));
        Assert.Equal("BW-2024-0117", otherData.GetProperty("invoice_number").GetString());
        Assert.False(bobData.TryGetProperty("template", out _));
        Assert.DoesNotContain(events.Received, e => NotificationRecorder.IsAbout(e, bobJob.GetProperty("ocr_result_id").GetString()!));
    }

    [Theory]
    [InlineData("""{"fields":{"po_number":"PO-1"}}""", "fields.po_number", "unknown field")]
    [InlineData("""{"fields":{"total_amount":"12,50"}}""", "fields.total_amount", "must be a number")]
    [InlineData("""{"fields":{"date":"31/01/2024"}}""", "fields.date", "ISO date")]
    [InlineData("""{"fields":{"invoice_number":42}}""", "fields.invoice_number", "non-empty string")]
    [InlineData("""{"fields":{}}""", "fields", "'fields' is empty")]
    [InlineData("""{"invoice_number":"x"}""", "fields", "'fields' object")]
    public async Task A_bad_correction_is_refused_naming_the_field_and_the_result_is_unchanged(string body, string field, string expected)
    {
        using var client = fixture.CreateApiClient("learn-bad");
        var id = await CompletedJobAsync(client);
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}");

        using var response = await client.PatchAsync(ResultPath(id), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}");
        Assert.Equal(before.GetProperty("extracted_data").GetRawText(), after.GetProperty("extracted_data").GetRawText());
        Assert.False(after.GetProperty("corrected").GetBoolean());
    }

    [Fact]
    public async Task Another_users_unknown_and_unfinished_jobs_cannot_be_corrected_and_a_failed_training_says_why()
    {
        using var alice = fixture.CreateApiClient("learn-owner");
        using var bob = fixture.CreateApiClient("learn-intruder");
        await using var events = await NotificationRecorder.StartAsync(fixture.CreateHubConnection("learn-owner"));
        var id = await CompletedJobAsync(alice);
        const string Body = """{"fields":{"invoice_number":"NOT-ON-THE-PAGE-99"}}""";

        using (var intruder = await bob.PatchAsync(ResultPath(id), Json(Body)))
        using (var unknown = await alice.PatchAsync(ResultPath(Guid.NewGuid().ToString()), Json(Body)))
        {
            Assert.Equal(HttpStatusCode.NotFound, intruder.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        var queued = await alice.SubmitAsync(Invoice("LRN-2"), "cancelled.png");
        using (await alice.PostAsync($"/api/ocr-async/cancel/{queued.GetProperty("task_id").GetString()}", null))
        {
        }

        var cancelledId = queued.GetProperty("ocr_result_id").GetString()!;
        var final = await alice.WaitForFinalStatusAsync(cancelledId);
        using (var unfinished = await alice.PatchAsync(ResultPath(cancelledId), Json(Body)))
        {
            Assert.Equal(final.GetProperty("status").GetString() == "completed" ? HttpStatusCode.OK : HttpStatusCode.Conflict, unfinished.StatusCode);
        }

        // A value that is nowhere on the page cannot be learned: the training fails with the reason, the correction stays.
        using var accepted = await alice.PatchAsync(ResultPath(id), Json(Body));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var failed = await events.WaitForAsync(e => IsTraining(e, id, "failed"), TimeSpan.FromSeconds(60));
        Assert.Contains("invoice_number", failed.GetProperty("data").GetProperty("error_message").GetString(), StringComparison.Ordinal);
        var status = await alice.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}");
        Assert.Equal("NOT-ON-THE-PAGE-99", status.GetProperty("extracted_data").GetProperty("invoice_number").GetString());
        Assert.Equal("LRN-1", status.GetProperty("machine_extracted_data").GetProperty("invoice_number").GetString());
        Assert.Empty((await alice.GetFromJsonAsync<JsonElement>("/api/templates")).EnumerateArray());
    }

    [Fact]
    public async Task Simultaneous_corrections_of_one_result_all_land_in_its_history()
    {
        using var client = fixture.CreateApiClient("learn-race");
        var id = await CompletedJobAsync(client);
        var values = Enumerable.Range(1, 8).Select(i => $"RACE-{i}").ToList();

        // Eight PATCHes at once: each must append its entry, none may overwrite another's (read-modify-write would).
        using var start = new SemaphoreSlim(0);
        var patches = values.Select(async v =>
        {
            await start.WaitAsync();
            using var response = await client.PatchAsync(ResultPath(id), JsonContent.Create(new { fields = new { invoice_number = v } }));
            return response.StatusCode;
        }).ToList();
        start.Release(values.Count);

        Assert.All(await Task.WhenAll(patches), code => Assert.Equal(HttpStatusCode.OK, code));
        var status = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}");
        var history = status.GetProperty("corrections").EnumerateArray().Select(c => c.GetProperty("corrected_value").GetString()).ToList();
        Assert.Equal(values, history.Order(StringComparer.Ordinal));
        Assert.Contains(status.GetProperty("extracted_data").GetProperty("invoice_number").GetString(), values);
        Assert.Equal("LRN-1", status.GetProperty("machine_extracted_data").GetProperty("invoice_number").GetString());
    }

    private static byte[] Invoice(string number) => InvoiceImageRenderer.RenderPng(
        InvoiceSpec.Create("Fabrikam Paper", number, "2024-05-06", [new PrintedLineItem("Paper", 2, 30m)]), dpi: 150);

    private static async Task<string> CompletedJobAsync(HttpClient client)
    {
        var id = (await client.SubmitAsync(Invoice("LRN-1"), "lrn.png")).GetProperty("ocr_result_id").GetString()!;
        var status = await client.WaitForFinalStatusAsync(id);
        Assert.Equal("completed", status.GetProperty("status").GetString());
        return id;
    }
}
