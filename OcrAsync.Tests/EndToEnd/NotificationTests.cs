using Microsoft.AspNetCore.SignalR.Client;

namespace OcrAsync.Tests.EndToEnd;

[Collection(OcrAppCollection.Name)]
public sealed class NotificationTests(OcrAppFixture fixture)
{
    private static readonly InvoiceSpec Invoice = InvoiceSpec.Create(
        "Northwind Traders",
        "NTF-2024-0815",
        "20/03/2024",
        [new PrintedLineItem("Consulting, March", 10, 120.00m), new PrintedLineItem("Travel expenses", 1, 342.50m)]);

    [Fact]
    public async Task The_owner_receives_queued_progress_and_completed_in_order_and_another_user_receives_none()
    {
        var (owner, other) = (User("owner"), User("other"));
        await using var ownerHub = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(owner));
        await using var otherHub = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(other));
        using var client = fixture.CreateApiClient(owner);

        var accepted = await client.SubmitAsync(InvoiceImageRenderer.RenderPng(Invoice), "northwind.png");
        var id = accepted.GetProperty("ocr_result_id").GetString()!;
        var completed = await ownerHub.WaitForAsync("ocr_completed", id);

        var events = ownerHub.About(id);
        var types = events.Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal("ocr_queued", types[0]);
        Assert.Equal("ocr_completed", types[^1]);
        Assert.All(types[1..^1], t => Assert.Equal("ocr_progress", t));
        // Picked up, page 1 of 1, fields extracted: real milestones, rising.
        var progress = events.Where(e => e.GetProperty("type").GetString() == "ocr_progress")
            .Select(e => e.GetProperty("data").GetProperty("progress").GetInt32()).ToList();
        Assert.Equal([10, 90, 95], progress);
        Assert.All(events, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString()));
            Assert.True(e.GetProperty("timestamp").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
            Assert.Equal(accepted.GetProperty("task_id").GetString(), e.GetProperty("data").GetProperty("task_id").GetString());
        });

        var data = completed.GetProperty("data");
        Assert.Equal("NTF-2024-0815", data.GetProperty("invoice_number").GetString());
        Assert.Equal(Invoice.Total, data.GetProperty("total_amount").GetDecimal());
        Assert.Equal("2024-03-20", data.GetProperty("date").GetString());
        Assert.Equal("USD", data.GetProperty("currency").GetString());
        Assert.InRange(data.GetProperty("confidence").GetDouble(), 0.5, 1.0);
        Assert.Equal(100, data.GetProperty("progress").GetInt32());

        // The status the page fetches next agrees with the event.
        var status = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{id}");
        Assert.Equal("completed", status.GetProperty("status").GetString());

        // Give a misrouted event time to arrive before saying none did.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(otherHub.Received);
    }

    [Fact]
    public async Task A_corrupt_png_produces_ocr_failed_with_the_reason()
    {
        var user = User("corrupt");
        await using var hub = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(user));
        using var client = fixture.CreateApiClient(user);
        byte[] corruptPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Repeat((byte)0x42, 2000)];

        var accepted = await client.SubmitAsync(corruptPng, "broken.png");
        var id = accepted.GetProperty("ocr_result_id").GetString()!;
        var failed = await hub.WaitForAsync("ocr_failed", id);

        Assert.Contains("corrupt or unsupported format", failed.GetProperty("data").GetProperty("error_message").GetString());
        Assert.Equal("failed", failed.GetProperty("data").GetProperty("status").GetString());
        Assert.Equal("ocr_queued", hub.About(id)[0].GetProperty("type").GetString());
        Assert.DoesNotContain(hub.About(id), e => e.GetProperty("type").GetString() == "ocr_completed");
    }

    [Fact]
    public async Task A_hub_connection_without_a_valid_token_is_refused()
    {
        await using var anonymous = fixture.CreateHubConnection(user: null);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var forged = fixture.Tokens.For("mallory", signingKey: new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(new byte[32]));
        var url = new Uri(fixture.App.GetEndpoint("api", "http"), "/hubs/notifications");
        await using var withForgedToken = new HubConnectionBuilder()
            .WithUrl(url, o => o.AccessTokenProvider = () => Task.FromResult<string?>(forged))
            .Build();
        refused = await Assert.ThrowsAsync<HttpRequestException>(() => withForgedToken.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Join_notifications_only_ever_joins_the_callers_own_group()
    {
        var (snoop, victim) = (User("snoop"), User("victim"));
        await using var snoopHub = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(snoop));
        await using var victimHub = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(victim));

        var joined = await snoopHub.Connection.InvokeAsync<string>("join_notifications", victim);
        Assert.Equal(snoop, joined);

        using var client = fixture.CreateApiClient(victim);
        var accepted = await client.SubmitAsync(InvoiceImageRenderer.RenderPng(Invoice, dpi: 100), "victim.png");
        var id = accepted.GetProperty("ocr_result_id").GetString()!;
        await victimHub.WaitForAsync(n => n.GetProperty("type").GetString() is "ocr_completed" or "ocr_failed" && NotificationRecorder.IsAbout(n, id));

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(snoopHub.Received);
    }

    [Fact]
    public async Task Recent_lists_the_callers_latest_jobs_newest_first_and_nobody_elses()
    {
        var (user, other) = (User("recent"), User("recent-other"));
        using var client = fixture.CreateApiClient(user);
        using var otherClient = fixture.CreateApiClient(other);
        byte[] png = InvoiceImageRenderer.RenderPng(Invoice, dpi: 100);
        var first = (await client.SubmitAsync(png, "first.png", ("reuse", "false"))).GetProperty("ocr_result_id").GetString();
        var second = (await client.SubmitAsync(png, "second.png", ("reuse", "false"))).GetProperty("ocr_result_id").GetString();
        await otherClient.SubmitAsync(png, "theirs.png");

        var recent = await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/recent");

        var items = recent.EnumerateArray().ToList();
        Assert.Equal([second, first], items.Select(i => i.GetProperty("ocr_result_id").GetString()));
        Assert.Equal(["second.png", "first.png"], items.Select(i => i.GetProperty("file_name").GetString()));
        Assert.All(items, i =>
        {
            Assert.Contains(i.GetProperty("status").GetString(), new[] { "queued", "processing", "completed" });
            Assert.InRange(i.GetProperty("progress").GetInt32(), 0, 100);
            Assert.Equal($"/api/ocr-async/status/{i.GetProperty("ocr_result_id").GetString()}", i.GetProperty("check_status_url").GetString());
        });

        var limited = await client.GetFromJsonAsync<JsonElement>("/api/ocr-async/recent?limit=1");
        Assert.Equal(second, Assert.Single(limited.EnumerateArray().ToList()).GetProperty("ocr_result_id").GetString());
        using var badLimit = await client.GetAsync("/api/ocr-async/recent?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        using var anonymous = fixture.CreateApiClient();
        using var unauthorized = await anonymous.GetAsync("/api/ocr-async/recent");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }

    private static string User(string role) => $"{role}-{Guid.NewGuid():N}"[..20];
}
