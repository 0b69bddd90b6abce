using System.Globalization;
using System.Text.Json;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// <c>generate-invoices OUT_DIR [--count 120] [--seed 1]</c>: writes NNN.png|jpg and expected.jsonl. The same seed gives
/// the same files, so the set is rebuilt on every run instead of being committed.
/// </summary>
internal static class InvoiceSetGenerator
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(string outDir, int count, int seed)
    {
        Directory.CreateDirectory(outDir);
        var random = new Random(seed);
        using var expected = new StreamWriter(Path.Combine(outDir, "expected.jsonl"));
        for (var i = 0; i < count; i++)
        {
            // Variant and language cycle so every variant has as many English as Vietnamese pages; the rest is drawn.
            var variant = PageVariants.All[i % PageVariants.All.Length];
            var vietnamese = i / PageVariants.All.Length % 2 == 1;
            var name = (i + 1).ToString("000", CultureInfo.InvariantCulture);
            var (page, truth) = InvoiceFactory.Create(random, name, variant, vietnamese);
            using var bitmap = InvoiceRenderer.Render(page);
            var (bytes, extension) = PageVariants.Apply(bitmap, variant, random);
            File.WriteAllBytes(Path.Combine(outDir, $"{name}.{extension}"), bytes);
            expected.WriteLine(JsonSerializer.Serialize(truth with { File = $"{name}.{extension}" }, Json));
        }

        Console.Error.WriteLine($"Wrote {count} invoices and expected.jsonl to {outDir} (seed {seed}).");
        return 0;
    }
}
