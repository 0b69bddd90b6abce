namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// <c>generate-samples OUT_DIR [--seed 7]</c>: the repository's <c>samples/</c> folder, drawn by the same generator as
/// the benchmark set (so no licence question): a clean English and a clean Vietnamese page as PNG, and an English
/// invoice as a born-digital PDF (its text is a text layer), with <c>expected.jsonl</c> holding what each one prints.
/// </summary>
internal static class SampleSetGenerator
{
    private const int Dpi = 200; // Small files (well under 300 KB) that still read cleanly.

    public static int Run(string outDir, int seed)
    {
        if (FontFiles.Missing() is { } missing)
        {
            Console.Error.WriteLine(missing);
            return 1;
        }

        Directory.CreateDirectory(outDir);
        var random = new Random(seed);
        using var expected = new StreamWriter(Path.Combine(outDir, "expected.jsonl"));
        foreach (var (file, language, layoutName) in new[] { ("invoice-en.png", "en", "classic"), ("invoice-vi.png", "vi", "classic"), ("invoice-en.pdf", "en", "boxed") })
        {
            var words = Languages.Of(language);
            var layout = InvoiceLayouts.All.Single(l => l.Name == layoutName);
            var (drawn, truth) = InvoiceFactory.Create(random, words, receipt: false);
            var document = Typical(drawn);
            const string font = "DejaVuSans.ttf";
            var pdf = file.EndsWith(".pdf", StringComparison.Ordinal);
            var style = new PageStyle(font, pdf ? 72 : Dpi, 10f, 0, ScanDefects.None);
            File.WriteAllBytes(Path.Combine(outDir, file), pdf ? Pdf(document, layout, style) : Png(document, layout, style));
            var line = new InvoiceExpectation(file, seed, 0, layout.Name, words.Language, "clean", Dpi,
                Path.GetFileNameWithoutExtension(font), truth.DateStyle, document.Money.Name, document.Money.MarkName,
                words.NumberLabels[0], words.TotalLabels[0], truth.InvoiceNumber, truth.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                truth.TotalAmount, truth.VendorName, truth.Subtotal, truth.TaxAmount, truth.Currency.Length == 0 ? null : truth.Currency);
            expected.WriteLine(JsonSerializer.Serialize(line, InvoiceSetGenerator.Json));
        }

        Console.Error.WriteLine($"Wrote the samples and expected.jsonl to {outDir} (seed {seed}).");
        return 0;
    }

    /// <summary>
    /// The language's first (most common) number, date and total labels: the samples show what a typical invoice looks
    /// like; the benchmark set is where the unusual labels are.
    /// </summary>
    private static InvoiceDocument Typical(InvoiceDocument document)
    {
        LabelledValue Relabel(LabelledValue field) => field.Role switch
        {
            FieldRoles.Number => field with { Label = document.Words.NumberLabels[0] },
            FieldRoles.Date when field.Label.Length > 0 => field with { Label = document.Words.DateLabels[0] },
            FieldRoles.Total => field with { Label = document.Words.TotalLabels[0] },
            _ => field,
        };

        return document with { Header = [.. document.Header.Select(Relabel)], Totals = [.. document.Totals.Select(Relabel)] };
    }

    private static byte[] Png(InvoiceDocument document, IInvoiceLayout layout, PageStyle style)
    {
        var (bitmap, _) = PageRenderer.Render(document, layout, style);
        using (bitmap)
        {
            using var image = SKImage.FromBitmap(bitmap);
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
    }

    private static byte[] Pdf(InvoiceDocument document, IInvoiceLayout layout, PageStyle style)
    {
        using var stream = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(stream))
        {
            using var typeface = FontFiles.Load(style.FontFile);
            using (var writer = new PageWriter(pdf.BeginPage(PageWriter.A4Width, PageWriter.A4Height), typeface, style, PageWriter.A4Width))
            {
                PageRenderer.Draw(writer, document, layout);
            }

            pdf.EndPage();
            pdf.Close();
        }

        return stream.ToArray();
    }
}
