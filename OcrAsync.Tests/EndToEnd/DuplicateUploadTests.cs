namespace OcrAsync.Tests.EndToEnd;

/// <summary>The same file submitted again by its owner with the same settings takes the finished result at once.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class DuplicateUploadTests(OcrAppFixture fixture)
{
    [Fact]
    public async Task The_same_file_again_is_completed_at_once_from_the_first_result_but_never_for_another_user_or_with_reuse_false()
    {
        var owner = $"dup-{Guid.NewGuid():N}"[..16];
        var other = $"dup-other-{Guid.NewGuid():N}"[..20];
        using var client = fixture.CreateApiClient(owner);
        using var otherClient = fixture.CreateApiClient(other);
        var png = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Wide World Importers", "DUP-4711", "2024-05-02", [new PrintedLineItem("Crate", 2, 30m)]), dpi: 150);

        var first = await client.SubmitAsync(png, "first.png", ("priority", "low"));
        var firstId = first.GetProperty("ocr_result_id").GetString()!;
        var original = await client.WaitForFinalStatusAsync(firstId);
        Assert.Equal("completed", original.GetProperty("status").GetString());

        // Another priority does not matter: the result is the same.
        var again = await client.SubmitAsync(png, "again.png", ("priority", "high"));
        Assert.Equal("completed", again.GetProperty("status").GetString());
        var reused = await client.GetStatusAsync(again.GetProperty("ocr_result_id").GetString()!);
        Assert.Equal("completed", reused.GetProperty("status").GetString());
        Assert.Equal(firstId, reused.GetProperty("reused_from").GetString());
        Assert.Equal(original.GetProperty("extracted_text").GetString(), reused.GetProperty("extracted_text").GetString());
        Assert.Equal("DUP-4711", reused.GetProperty("extracted_data").GetProperty("invoice_number").GetString());
        Assert.Equal(0, reused.GetProperty("attempts").GetInt32()); // No worker ran it.

        // Different settings, another user, or reuse=false: read again.
        foreach (var (submitter, fields) in new[]
        {
            (otherClient, Array.Empty<(string, string)>()),
            (client, [("reuse", "false")]),
            (client, [("confidence_threshold", "0.5")]),
        })
        {
            var fresh = await submitter.SubmitAsync(png, "fresh.png", fields);
            Assert.Equal("queued", fresh.GetProperty("status").GetString());
            var done = await submitter.WaitForFinalStatusAsync(fresh.GetProperty("ocr_result_id").GetString()!);
            Assert.Equal("completed", done.GetProperty("status").GetString());
            Assert.False(done.TryGetProperty("reused_from", out _));
            Assert.True(done.GetProperty("attempts").GetInt32() >= 1); // A worker ran it (a reused job has none).
        }
    }

    [Fact]
    public async Task A_reuse_value_that_is_not_a_boolean_is_a_400_naming_the_field()
    {
        using var client = fixture.CreateApiClient("dup-bad-reuse");
        using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form([1, 2, 3], "x.png", ("reuse", "sometimes")));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("reuse", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
