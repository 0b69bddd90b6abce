namespace OcrAsync.Api.Notifications;

/// <summary>The hub connections of this API instance, by user: where the relay delivers job events.</summary>
public sealed class LocalConnectionRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<string>> _byUser = new(StringComparer.Ordinal);

    public void Add(string userId, string connectionId)
    {
        lock (_lock)
        {
            if (!_byUser.TryGetValue(userId, out var connections))
            {
                _byUser[userId] = connections = new HashSet<string>(StringComparer.Ordinal);
            }

            connections.Add(connectionId);
        }
    }

    public void Remove(string userId, string connectionId)
    {
        lock (_lock)
        {
            if (_byUser.TryGetValue(userId, out var connections) && connections.Remove(connectionId) && connections.Count == 0)
            {
                _byUser.Remove(userId);
            }
        }
    }

    public IReadOnlyList<string> For(string userId)
    {
        lock (_lock)
        {
            return _byUser.TryGetValue(userId, out var connections) ? [.. connections] : [];
        }
    }
}
