using System.Text.Encodings.Web;

namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// <c>generate-invoices OUT_DIR [--count 96] [--seed 1] [--held-out] [--receipts-only] [--print-faults] [--footer-issuer] [--marketplace]</c>: writes sSSS-NNNN.png|jpg and
/// expected.jsonl. <c>--receipts-only</c> keeps the set's till-receipt pages (the same pages as in the full set) until
/// <c>count</c> are written; <c>--footer-issuer</c> draws every A4 page with the seller named only in its footer;
/// <c>--marketplace</c> every A4 page as a marketplace's invoice (brand on top, the seller after "Sold by").
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

    public static int Run(string outDir, int count, int seed, bool heldOut, bool receiptsOnly = false, bool printFaults = false, IInvoiceLayout? a4Layout = null)
    {
        if (SeedRanges.Refusal(seed, heldOut) is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }

        if (FontFiles.Missing() is { } missing)
        {
            Console.Error.WriteLine(missing);
            return 1;
        }

        Directory.CreateDirectory(outDir);
        using var expected = new StreamWriter(Path.Combine(outDir, "expected.jsonl"));
        for (int i = 0, written = 0; written < count; i++)
        {
            if (receiptsOnly && !PageGenerator.IsReceipt(seed, i))
            {
                continue;
            }

            written++;
            var page = PageGenerator.Generate(seed, i, printFaults: printFaults, a4Layout: a4Layout);
            File.WriteAllBytes(Path.Combine(outDir, page.Expected.File), page.Bytes!);
            expected.WriteLine(JsonSerializer.Serialize(page.Expected, Json));
        }

        Console.Error.WriteLine($"Wrote {count} {(receiptsOnly ? "receipts" : "documents")} and expected.jsonl to {outDir} (seed {seed}, {(heldOut ? "HELD-OUT" : "tuning")}).");
        return 0;
    }
}
