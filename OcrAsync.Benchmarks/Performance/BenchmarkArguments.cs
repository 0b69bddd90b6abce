namespace OcrAsync.Benchmarks.Performance;

/// <summary><c>--name value</c> options after the subcommand.</summary>
internal sealed class BenchmarkArguments(IReadOnlyList<string> args)
{
    public string String(string name, string fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == "--" + name)
            {
                return args[i + 1];
            }
        }

        return fallback;
    }

    /// <summary>True when <c>--name</c> is present (an option without a value).</summary>
    public bool Flag(string name) => args.Contains("--" + name);

    public int Int(string name, int fallback) => int.Parse(String(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public double Double(string name, double fallback) => double.Parse(String(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    /// <summary>The API's base address; only loopback is allowed (the load client must never hit a shared host).</summary>
    public Uri ApiBase()
    {
        var uri = new Uri(String("api", "http://localhost:5000"));
        if (!uri.IsLoopback)
        {
            throw new ArgumentException($"--api must be a loopback address, not {uri}.");
        }

        return uri;
    }

    /// <summary>The bearer token: <c>--token-file</c> (as written by `dotnet user-jwts create --output token`).</summary>
    public string Token() => File.ReadAllText(String("token-file", "bench.token")).Trim();

    /// <summary>
    /// One token per simulated user: minted for bench-0..N-1 when <c>--signing-key-file</c> is given, else the
    /// <c>--token-file</c> token for all (one user: the per-user submit limit, 60 then 1/s, applies to the whole load).
    /// </summary>
    public IReadOnlyList<string> Tokens(int users)
    {
        var keyFile = String("signing-key-file", "");
        if (keyFile.Length == 0)
        {
            return Enumerable.Repeat(Token(), users).ToArray();
        }

        var key = File.ReadAllText(keyFile).Trim();
        return Enumerable.Range(0, users).Select(i => BenchmarkTokens.For(key, $"bench-{i}")).ToArray();
    }
}
