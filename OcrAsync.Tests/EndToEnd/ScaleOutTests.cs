namespace OcrAsync.Tests.EndToEnd;

/// <summary>Two API instances share Redis: events reach a user whichever instance they are connected to.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class ScaleOutTests(OcrAppFixture fixture)
{
    [Fact]
    public async Task A_client_on_the_second_instance_gets_the_events_of_a_job_submitted_through_the_first()
    {
        var user = $"scale-{Guid.NewGuid():N}"[..20];
        await using var onB = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(user, OcrAppFixture.SecondApi));
        await using var onA = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(user, ResourceNames.Api));
        using var throughA = fixture.CreateApiClient(user, ResourceNames.Api);
        var invoice = InvoiceSpec.Create("Scale Out Ltd", "SCALE-0042", "01/04/2024", [new PrintedLineItem("Widgets", 4, 25.00m)]);

        var accepted = await throughA.SubmitAsync(InvoiceImageRenderer.RenderPng(invoice), "scale.png");
        var id = accepted.GetProperty("ocr_result_id").GetString()!;

        var completed = await onB.WaitForAsync("ocr_completed", id);
        Assert.Equal("SCALE-0042", completed.GetProperty("data").GetProperty("invoice_number").GetString());
        Assert.Equal("ocr_queued", onB.About(id)[0].GetProperty("type").GetString());
        // Each connection gets each event exactly once, whichever instance it is on.
        await onA.WaitForAsync("ocr_completed", id);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(
            onA.About(id).Select(e => e.GetProperty("type").GetString()),
            onB.About(id).Select(e => e.GetProperty("type").GetString()));
        Assert.Single(onB.About(id), e => e.GetProperty("type").GetString() == "ocr_completed");
    }

    [Fact]
    public async Task A_system_broadcast_by_an_admin_on_one_instance_reaches_clients_on_both_through_the_backplane()
    {
        var listener = $"listen-{Guid.NewGuid():N}"[..20];
        await using var onA = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(listener, ResourceNames.Api));
        await using var onB = await NotificationRecorder.StartAsync(fixture.CreateHubConnection(listener, OcrAppFixture.SecondApi));
        using var admin = fixture.CreateApiClient("ops-admin", ResourceNames.Api, roles: ["admin"]);
        using var notAdmin = fixture.CreateApiClient("ops-user", ResourceNames.Api);
        var text = $"Maintenance at 22:00 ({Guid.NewGuid():N})";

        using var forbidden = await notAdmin.PostAsJsonAsync("/api/notifications/system", new { message = "not allowed" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var sent = await admin.PostAsJsonAsync("/api/notifications/system", new { message = text });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        foreach (var hub in new[] { onA, onB })
        {
            var system = await hub.WaitForAsync(n => n.GetProperty("message").GetString() == text, TimeSpan.FromSeconds(15));
            Assert.Equal("system", system.GetProperty("type").GetString());
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.DoesNotContain(onA.Received.Concat(onB.Received), n => n.GetProperty("message").GetString() == "not allowed");
        Assert.Single(onB.Received, n => n.GetProperty("message").GetString() == text);
    }
}
