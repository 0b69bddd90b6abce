using System.Text.Json;
using SkiaSharp;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// <c>generate-samples OUT_DIR [--seed 7]</c>: the repository's <c>samples/</c> folder, drawn by the same generator as
/// the benchmark set (so no licence question): a clean English and a clean Vietnamese page as PNG, and an English
/// invoice as a born-digital PDF (its text is a text layer), with <c>expected.jsonl</c> holding what each one prints.
/// </summary>
internal static class SampleSetGenerator
{
    private const int Dpi = 200; // Small files (well under 300 KB) that still read cleanly.

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(string outDir, int seed)
    {
        Directory.CreateDirectory(outDir);
        var random = new Random(seed);
        using var expected = new StreamWriter(Path.Combine(outDir, "expected.jsonl"));
        foreach (var (file, vietnamese) in new[] { ("invoice-en.png", false), ("invoice-vi.png", true), ("invoice-en.pdf", false) })
        {
            var (page, truth) = InvoiceFactory.Create(random, file, "clean", vietnamese);
            page = page with { Dpi = Dpi };
            var bytes = file.EndsWith(".pdf", StringComparison.Ordinal) ? Pdf(page) : Png(page);
            File.WriteAllBytes(Path.Combine(outDir, file), bytes);
            expected.WriteLine(JsonSerializer.Serialize(truth with { Dpi = Dpi }, Json));
        }

        Console.Error.WriteLine($"Wrote the samples and expected.jsonl to {outDir} (seed {seed}).");
        return 0;
    }

    private static byte[] Png(InvoicePage page)
    {
        using var bitmap = InvoiceRenderer.Render(page);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static byte[] Pdf(InvoicePage page)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            InvoiceRenderer.Draw(document.BeginPage(PageWriter.Width, 842f), page, 72f);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }
}
