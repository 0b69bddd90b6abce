using OcrAsync.Core.Messaging;
using StackExchange.Redis;

namespace OcrAsync.Core.Upkeep;

/// <summary>Keeps the dead-letter streams (OCR and training) to a bounded size: entries past an age, then past a count.</summary>
public sealed class DeadLetterTrim(IConnectionMultiplexer redis)
{
    public static readonly IReadOnlyList<string> Streams = [OcrStreams.DeadLetterStream, AiStreams.DeadLetterStream];

    public async Task<long> TrimAsync(DateTimeOffset olderThan, int maxLength, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        // Stream ids start with the entry's time in Unix milliseconds: MINID removes every entry written before it.
        var minId = $"{olderThan.ToUnixTimeMilliseconds()}-0";
        long removed = 0;
        foreach (var stream in Streams)
        {
            cancellationToken.ThrowIfCancellationRequested();
            removed += await database.StreamTrimByMinIdAsync(stream, minId);
            removed += await database.StreamTrimAsync(stream, maxLength);
        }

        return removed;
    }
}
