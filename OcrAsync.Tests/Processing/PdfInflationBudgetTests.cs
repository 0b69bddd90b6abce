using Xunit.Abstractions;
using OcrAsync.Core.Documents;

namespace OcrAsync.Tests.Processing;

/// <summary>PDF decompression bombs are refused from the raw bytes, quickly and without inflating into memory.</summary>
public sealed class PdfInflationBudgetTests(ITestOutputHelper output)
{
    private const long GiB = 1024L * 1024 * 1024;

    /// <summary>Managed memory one check may allocate: the reusable inflate buffer and the inflaters' state, not the output.</summary>
    private const long AllocationCeiling = 4 * 1024 * 1024;

    private static readonly DocumentLimitsOptions Defaults = new();

    private static readonly InvoiceSpec Invoice = InvoiceSpec.Create(
        "Contoso Ltd", "INV-77", "2024-03-01", [new PrintedLineItem("Consulting", 2, 150m)]);

    public static TheoryData<string> Bombs => ["catalog-in-object-stream", "page-content", "double-flate", "image-without-direct-size"];

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_one_gib_bomb_is_refused_in_well_under_a_second_without_allocating_its_output(string shape)
    {
        var pdf = Bomb(shape, GiB);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var refusal = Assert.Throws<DocumentLimitExceededException>(() => PdfInflationBudget.Check(pdf, Defaults));

        watch.Stop();
        // An image without a direct size may take the largest image's bytes, more than the file's budget: either limit.
        Assert.Matches("inflates? to more than \\d+ MB, the limit per (stream|file): a decompression bomb", refusal.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < AllocationCeiling, "the check must not hold what it inflates");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}"); // ~0.1 s for 32 MB on a quiet machine.
    }

    [Fact]
    public void Streams_each_under_the_stream_limit_are_refused_once_the_file_total_passes_its_limit()
    {
        var limits = new DocumentLimitsOptions { MaxPdfStreamMegabytes = 20, MaxPdfInflatedMegabytes = 64 };
        var pdf = PdfBombs.ManyContentStreams(pages: 5, bytesEach: 16 * 1024 * 1024);

        var refusal = Assert.Throws<DocumentLimitExceededException>(() => PdfInflationBudget.Check(pdf, limits));

        Assert.Equal("The PDF's compressed streams inflate to more than 64 MB, the limit per file: a decompression bomb or a broken file.", refusal.Message);
        PdfInflationBudget.Check(PdfBombs.ManyContentStreams(pages: 3, bytesEach: 16 * 1024 * 1024), limits);
    }

    [Fact]
    public void An_image_is_judged_by_its_declared_size_without_inflating_it()
    {
        var huge = PdfBombs.Image(100_000, 100_000, inflatedBytes: 16 * 1024 * 1024);
        var normal = PdfBombs.Image(2_480, 3_508, inflatedBytes: 16 * 1024 * 1024);

        var refusal = Assert.Throws<DocumentLimitExceededException>(() => PdfInflationBudget.Check(huge, Defaults));

        Assert.Equal("An image in the PDF (object 5) is 100000 x 100000 pixels (10000 megapixels); the limit is 50 megapixels.", refusal.Message);
        PdfInflationBudget.Check(normal, Defaults);
    }

    [Fact]
    public void Ordinary_pdfs_pass_in_milliseconds()
    {
        var text = PdfBuilder.Create(PdfBuilder.TextPage(Invoice), PdfBuilder.TextPage(Invoice));
        var scanned = PdfBuilder.Create(PdfBuilder.ScannedPage(Invoice));
        PdfInflationBudget.Check(text, Defaults); // Warm-up.

        var eightMegabyteContent = PdfBombs.PageContent(8 * 1024 * 1024);
        const int Runs = 10;
        var total = TimeSpan.Zero;
        foreach (var (name, pdf) in new[] { ("text, 2 pages", text), ("scanned, 1 page", scanned), ("8 MB content stream", eightMegabyteContent) })
        {
            var watch = Stopwatch.StartNew();
            for (var run = 0; run < Runs; run++)
            {
                PdfInflationBudget.Check(pdf, Defaults);
            }

            total += watch.Elapsed;
            output.WriteLine($"{name} ({pdf.Length} B): {watch.Elapsed.TotalMilliseconds / Runs:0.00} ms per check");
        }

        Assert.True(total < TimeSpan.FromSeconds(5), $"took {total}");
    }

    [Fact]
    public void The_upload_preflight_refuses_a_bomb_with_the_reason()
    {
        var pdf = PdfBombs.CatalogInObjectStream(GiB);

        var violation = DocumentPreflight.FindLimitViolation(pdf, DocumentType.Pdf, Defaults);

        Assert.Equal(
            "A compressed stream in the PDF (object 3) inflates to more than 32 MB, the limit per stream: a decompression bomb or a broken file.",
            violation);
    }

    [Fact]
    public void The_worker_refuses_a_content_bomb_before_pdfpig_inflates_it()
    {
        var pdf = PdfBombs.PageContent(GiB);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var refusal = Assert.Throws<DocumentLimitExceededException>(() => PdfTextLayer.Read(pdf, Defaults, CancellationToken.None));

        Assert.Contains("object 4", refusal.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < AllocationCeiling + pdf.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_bomb_the_raw_scan_cannot_see_is_refused_by_pdfpigs_budgeted_filters(bool hexEncoded)
    {
        var pdf = PdfBombs.HiddenPageContent(GiB, hexEncoded);
        PdfInflationBudget.Check(pdf, Defaults); // The filter is a reference, or Flate sits behind another filter.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var refusal = Assert.Throws<DocumentLimitExceededException>(() => PdfTextLayer.Read(pdf, Defaults, CancellationToken.None));

        Assert.Equal(
            "A compressed stream in the PDF (a stream PdfPig decodes) inflates to more than 32 MB, the limit per stream: a decompression bomb or a broken file.",
            refusal.Message);
        // PdfPig's own work on the file (measured: 3 MB for the 1 MB file, 41 MB for the 2 MB hex one), not the gigabyte.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        output.WriteLine($"{pdf.Length} B file, {allocated} B allocated");
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated} B allocated for a {pdf.Length} B file");
    }

    [Fact]
    public void A_page_too_large_to_render_within_the_pixel_limit_is_refused_before_rendering()
    {
        var pdf = PdfBuilder.CreateSized(3000, 3000, _ => { });

        var refusal = Assert.Throws<DocumentLimitExceededException>(() => PdfTextLayer.Read(pdf, Defaults, CancellationToken.None));

        Assert.Equal(
            "Page 1 of the PDF (3000 x 3000 pt) rendered at 300 dpi is 12500 x 12500 pixels (156.3 megapixels); the limit is 50 megapixels.",
            refusal.Message);
        Assert.Single(PdfTextLayer.Read(PdfBuilder.CreateSized(1400, 1700, _ => { }), Defaults, CancellationToken.None));
    }

    private static byte[] Bomb(string shape, long bytes) => shape switch
    {
        "catalog-in-object-stream" => PdfBombs.CatalogInObjectStream(bytes),
        "page-content" => PdfBombs.PageContent(bytes),
        "double-flate" => PdfBombs.PageContent(bytes, flateLayers: 2),
        "image-without-direct-size" => PdfBombs.Image(50_000, 50_000, bytes, indirectSize: true),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };
}
