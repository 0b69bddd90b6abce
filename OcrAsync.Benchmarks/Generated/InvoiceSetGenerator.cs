using System.Text.Encodings.Web;
using System.Text.Json;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// <c>generate-invoices OUT_DIR [--count 96] [--seed 1] [--held-out]</c>: writes sSSS-NNNN.png|jpg and expected.jsonl.
/// The same seed gives the same files, so the set is rebuilt on every run instead of being committed. Seeds 1–99 are for
/// tuning; 500 and above only with --held-out, for the final figures (<see cref="SeedRanges"/>).
/// </summary>
internal static class InvoiceSetGenerator
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Accents and đ stay readable in expected.jsonl.
    };

    public static int Run(string outDir, int count, int seed, bool heldOut)
    {
        if (SeedRanges.Refusal(seed, heldOut) is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }

        Directory.CreateDirectory(outDir);
        using var expected = new StreamWriter(Path.Combine(outDir, "expected.jsonl"));
        for (var i = 0; i < count; i++)
        {
            var page = PageGenerator.Generate(seed, i);
            File.WriteAllBytes(Path.Combine(outDir, page.Expected.File), page.Bytes!);
            expected.WriteLine(JsonSerializer.Serialize(page.Expected, Json));
        }

        Console.Error.WriteLine($"Wrote {count} documents and expected.jsonl to {outDir} (seed {seed}, {(heldOut ? "HELD-OUT" : "tuning")}).");
        return 0;
    }
}
