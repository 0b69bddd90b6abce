using System.Globalization;

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
}
