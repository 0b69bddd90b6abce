namespace OcrAsync.Benchmarks;

/// <summary>The extract command's JSON lines, keyed by file name without folder or extension.</summary>
internal static class ExtractOutput
{
    public static Dictionary<string, JsonElement> Read(string path) =>
        File.ReadLines(path)
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e.GetProperty("file").GetString()!), StringComparer.Ordinal);
}
