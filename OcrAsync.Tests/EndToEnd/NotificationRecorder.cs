using Microsoft.AspNetCore.SignalR.Client;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>Records every <c>notification</c> event a hub connection receives, in arrival order.</summary>
public sealed class NotificationRecorder : IAsyncDisposable
{
    private readonly List<JsonElement> _received = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private NotificationRecorder(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>("notification", notification =>
        {
            lock (_lock)
            {
                _received.Add(notification.Clone());
            }

            _arrived.Release();
        });
    }

    public HubConnection Connection { get; }

    public static async Task<NotificationRecorder> StartAsync(HubConnection connection)
    {
        var recorder = new NotificationRecorder(connection);
        await connection.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        // StartAsync returns at the handshake, before the hub's OnConnectedAsync has registered the connection; the
        // server reads a connection's invocations only after it, so this answer means events reach the connection.
        await connection.InvokeAsync<string>("join_notifications", (string?)null).WaitAsync(TimeSpan.FromSeconds(30));
        return recorder;
    }

    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The notifications about one job, in arrival order.</summary>
    public IReadOnlyList<JsonElement> About(string ocrResultId) => Received.Where(n => IsAbout(n, ocrResultId)).ToList();

    public static bool IsAbout(JsonElement notification, string ocrResultId) =>
        notification.TryGetProperty("data", out var data)
        && data.TryGetProperty("ocr_result_id", out var id) && id.GetString() == ocrResultId;

    /// <summary>Waits until a notification matches; fails the test after the timeout.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var found = Received.FirstOrDefault(match);
            if (found.ValueKind != JsonValueKind.Undefined)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                Assert.Fail($"No matching notification arrived; received: {string.Join(", ", Received.Select(n => n.GetRawText()))}");
            }

            await _arrived.WaitAsync(left);
        }
    }

    public Task<JsonElement> WaitForAsync(string type, string ocrResultId, TimeSpan? timeout = null) =>
        WaitForAsync(n => n.GetProperty("type").GetString() == type && IsAbout(n, ocrResultId), timeout);

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _arrived.Dispose();
    }
}
