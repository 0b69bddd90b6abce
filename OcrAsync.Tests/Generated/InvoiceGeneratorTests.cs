using OcrAsync.Benchmarks.Generated;

namespace OcrAsync.Tests.Generated;

/// <summary>Invariants of the benchmark's invoice generator (no OCR): what expected.jsonl says is what the page prints.</summary>
public sealed class InvoiceGeneratorTests
{
    // Text models only (no bitmaps): 112 pages = 8 rounds of the 14 layouts, in well under a second.
    private static readonly GeneratedPage[] Pages = [.. Enumerable.Range(0, 112).Select(i => PageGenerator.Generate(seed: 7, i, render: false))];

    // The same 112 documents with the seller named only in the footer of every A4 page (opt-in).
    private static readonly GeneratedPage[] FooterIssuerPages = [.. Enumerable.Range(0, 112).Select(i => PageGenerator.Generate(seed: 7, i, render: false, a4Layout: InvoiceLayouts.FooterIssuer))];

    // The same 112 documents with every A4 page drawn as a marketplace's invoice (opt-in).
    private static readonly GeneratedPage[] MarketplacePages = [.. Enumerable.Range(0, 112).Select(i => PageGenerator.Generate(seed: 7, i, render: false, a4Layout: InvoiceLayouts.Marketplace))];

    [Fact]
    public void Same_seed_and_index_give_byte_identical_files_and_another_seed_does_not()
    {
        var first = PageGenerator.Generate(3, 12);
        var again = PageGenerator.Generate(3, 12);
        var other = PageGenerator.Generate(4, 12);

        Assert.Equal(first.Expected, again.Expected);
        Assert.Equal(first.Bytes, again.Bytes);
        Assert.NotEqual(first.Expected.InvoiceNumber, other.Expected.InvoiceNumber);
    }

    [Fact]
    public void Every_layout_language_and_degradation_appears_in_a_modest_set()
    {
        Assert.True(InvoiceLayouts.All.Length >= 12);
        Assert.Equal(InvoiceLayouts.All.Select(l => l.Name).Order(), Pages.Select(p => p.Expected.Layout).Distinct().Order());
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pt", "vi"], Pages.Select(p => p.Expected.Language).Distinct().Order());
        Assert.Equal(Degradations.All.Order(), Pages.Select(p => p.Expected.Degradation).Distinct().Order());
        Assert.True(Pages.Count(p => p.Expected.Layout.StartsWith("receipt", StringComparison.Ordinal)) >= 20);

        // Each layout meets several languages, not always the same one.
        Assert.All(Pages.GroupBy(p => p.Expected.Layout), g => Assert.True(g.Select(p => p.Expected.Language).Distinct().Count() >= 4, g.Key));
    }

    [Fact]
    public void Amount_date_and_currency_styles_cover_the_failure_classes_of_issue_14()
    {
        var amountStyles = Pages.Select(p => p.Expected.AmountStyle).ToHashSet();
        foreach (var grouping in MoneyStyle.Groupings.Keys)
        {
            Assert.Contains(amountStyles, s => s.StartsWith(grouping + "-", StringComparison.Ordinal));
        }

        var dates = Pages.Select(p => p.Expected.DateStyle).ToHashSet();
        Assert.Contains(dates, s => s.StartsWith("dmy", StringComparison.Ordinal));
        Assert.Contains(dates, s => s.StartsWith("mdy", StringComparison.Ordinal));
        Assert.Contains(dates, s => s.StartsWith("ymd", StringComparison.Ordinal));
        Assert.Contains(dates, s => s.StartsWith("long-", StringComparison.Ordinal));
        Assert.Equal(["code-after", "code-before", "none", "symbol-after", "symbol-before"], Pages.Select(p => p.Expected.CurrencyStyle).Distinct().Order());
    }

    [Fact]
    public void Line_items_subtotal_tax_by_rate_and_total_add_up()
    {
        Assert.All(Pages, page =>
        {
            var (d, t) = (page.Document, page.Truth);
            Assert.All(d.Items, i => Assert.Equal(i.Quantity * i.UnitPrice, i.Amount));
            Assert.Equal(d.Items.Sum(i => i.Amount), t.Subtotal);
            Assert.All(d.TaxSummary, r =>
            {
                Assert.Equal(d.Items.Where(i => i.Rate == r.Rate).Sum(i => i.Amount), r.Net);
                Assert.Equal(Math.Round(r.Net * r.Rate / 100m, d.Money.Decimals, MidpointRounding.AwayFromZero), r.Tax);
            });
            Assert.Equal(d.TaxSummary.Sum(r => r.Tax), t.TaxAmount);
            Assert.Equal(t.Subtotal + t.TaxAmount + t.Rounding, t.TotalAmount);
            Assert.True(Math.Abs(t.Rounding) < 0.05m);
            Assert.Equal(t.TotalAmount, page.Expected.TotalAmount);
        });
    }

    /// <summary>An A4 layout option keeps the usual set's documents and receipts; every A4 page is drawn in <paramref name="layout"/>.</summary>
    private static void AssertSameDocumentsWithEveryA4PageIn(string layout, GeneratedPage[] pages, Action<GeneratedPage> assertA4Page)
    {
        Assert.All(Pages.Zip(pages), pair =>
        {
            var (usual, drawn) = pair;
            Assert.Equal(usual.Expected with { Layout = drawn.Expected.Layout }, drawn.Expected);
            if (usual.Expected.Layout.StartsWith("receipt", StringComparison.Ordinal))
            {
                Assert.Equal(usual.Expected.Layout, drawn.Expected.Layout);
                return;
            }

            Assert.Equal(layout, drawn.Expected.Layout);
            assertA4Page(drawn);
        });
    }

    [Fact]
    public void The_footer_issuer_option_keeps_every_document_and_names_the_seller_of_an_a4_page_only_below_its_totals()
    {
        AssertSameDocumentsWithEveryA4PageIn("footer-issuer", FooterIssuerPages, moved =>
        {
            var texts = moved.Text.Texts;
            var name = Enumerable.Range(0, texts.Count).Single(i => texts[i].Contains(moved.Expected.VendorName, StringComparison.Ordinal));
            var total = Enumerable.Range(0, texts.Count).Last(i => texts[i] == moved.Document.Field(FieldRoles.Total).Value);
            Assert.True(moved.Text.Boxes[name].Top > moved.Text.Boxes[total].Bottom);
            Assert.True(moved.Text.Boxes[name].Top > PageWriter.A4Height * 0.75f);
        });
    }

    [Fact]
    public void The_marketplace_option_keeps_every_document_and_names_the_seller_after_a_sold_by_label_under_a_larger_brand()
    {
        AssertSameDocumentsWithEveryA4PageIn("marketplace", MarketplacePages, market =>
        {
            var texts = market.Text.Texts;
            var seller = Enumerable.Range(0, texts.Count).Single(i => texts[i].EndsWith(" " + market.Expected.VendorName, StringComparison.Ordinal));
            Assert.Contains(market.Document.Words.SoldByLabels, l => texts[seller] == l + " " + market.Expected.VendorName);
            Assert.True(market.Text.Boxes[0].Height > market.Text.Boxes[seller].Height, "the brand is printed larger than the seller");
            Assert.DoesNotContain(market.Expected.VendorName, texts[0], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Expected_values_are_printed_on_the_page()
    {
        Assert.All(Pages.Concat(FooterIssuerPages).Concat(MarketplacePages), page =>
        {
            var texts = page.Text.Texts;
            var e = page.Expected;
            Assert.Contains(texts, s => s.Contains(e.InvoiceNumber, StringComparison.Ordinal));
            Assert.Contains(e.VendorName, string.Join(' ', texts), StringComparison.Ordinal); // A receipt may wrap it.
            Assert.Contains(texts, s => s.Contains(page.Document.Money.Format(e.TotalAmount), StringComparison.Ordinal));
            Assert.Contains(texts, s => s.Contains(page.Document.Field(FieldRoles.Date).Value, StringComparison.Ordinal));
            Assert.Contains(e.Date[..4], page.Document.Field(FieldRoles.Date).Value, StringComparison.Ordinal);
            Assert.Contains(texts, s => s.Contains(page.Document.Money.Number(e.Subtotal), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void No_printed_text_overlaps_another_or_leaves_the_paper()
    {
        Assert.All(Pages.Concat(FooterIssuerPages).Concat(MarketplacePages), page =>
        {
            var boxes = page.Text.Boxes;
            var width = page.Expected.Layout.StartsWith("receipt", StringComparison.Ordinal) ? 80 / 25.4f * 72f : PageWriter.A4Width;
            for (var i = 0; i < boxes.Count; i++)
            {
                Assert.True(boxes[i].Left >= 0 && boxes[i].Right <= width && boxes[i].Bottom <= PageWriter.A4Height, $"{page.Expected.File} '{page.Text.Texts[i]}' off the paper");
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    var overlap = SkiaSharp.SKRect.Intersect(boxes[i], boxes[j]);
                    Assert.False(overlap.Width > 1 && overlap.Height > 1 && page.Text.Texts[i].Length > 0 && page.Text.Texts[j].Length > 0,
                        $"{page.Expected.File} ({page.Expected.Layout}): '{page.Text.Texts[i]}' overlaps '{page.Text.Texts[j]}'");
                }
            }
        });
    }

    [Fact]
    public void Missing_fonts_are_named_before_anything_is_drawn()
    {
        Assert.Null(FontFiles.Missing());
        var message = FontFiles.Missing("/nonexistent/");
        Assert.NotNull(message);
        Assert.Contains("DejaVuSansMono.ttf", message, StringComparison.Ordinal);
        Assert.Contains("fonts-dejavu-core", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(99, false, true)]
    [InlineData(100, false, false)]
    [InlineData(500, false, false)]
    [InlineData(500, true, true)]
    [InlineData(42, true, false)]
    public void Tuning_seeds_are_1_to_99_and_held_out_seeds_need_the_flag(int seed, bool heldOut, bool allowed) =>
        Assert.Equal(allowed, SeedRanges.Refusal(seed, heldOut) is null);

    [Fact]
    public void A_page_is_drawn_degraded_and_encoded_in_under_200_ms_of_cpu()
    {
        // CPU time of this thread, not wall time: the machine may be shared. Pages 1-8 of seed 1 include 300 dpi A4 pages
        // with grain, blur and warps, and receipts; the first run pays for JIT and font loading.
        PageGenerator.Generate(1, 0);
        var times = Enumerable.Range(1, 8).Select(i =>
        {
            var start = ThreadCpuTime.Now();
            PageGenerator.Generate(1, i);
            return (ThreadCpuTime.Now() - start).TotalMilliseconds;
        }).Order().ToList();
        Assert.True(times[4] < 200, $"median {times[4]:0} ms of CPU per page ({string.Join(", ", times.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))})");
    }
}
