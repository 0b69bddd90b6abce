using System.Text.RegularExpressions;
using OcrAsync.Benchmarks.Learning;
using OcrAsync.Core.Invoices.Resolution;

namespace OcrAsync.Benchmarks.Fitting;

/// <summary>
/// <c>fit-weights [--fit 1-20] [--compare 40-45] [--count 24] [--cache DIR [--cached-only]] [--vendor-near 0.2]</c>: reads the first
/// <c>--count</c> documents of each generated tuning seed with the service's pipeline (OCR kept in <c>--cache</c>;
/// <c>--cached-only</c> leaves out, and counts, the documents not read before: a busy host's cut), records every decision of
/// <see cref="FieldResolver"/> on the pages the extractor first saw (each candidate's features and whether it equals the
/// expected value), fits each field's named weights on the <c>--fit</c> seeds (<see cref="WeightFitter"/>) and prints,
/// per field, how many documents the shipped and the fitted weights decide right on the <c>--fit</c> seeds and on the
/// unseen <c>--compare</c> seeds, then the fitted weights as C#. Tuning seeds only (1–99). <c>--vendor-near</c> also
/// counts a vendor line within that fraction of edits of the name as right (the line whose letters the second read of
/// the name's row repairs after the decision).
/// </summary>
internal static class FitWeightsCommand
{
    private static readonly (string Name, ResolverWeights Shipped)[] Fields =
    [
        ("number", ResolverWeights.InvoiceNumber),
        ("date", ResolverWeights.Date),
        ("total", ResolverWeights.Total),
        ("vendor", ResolverWeights.Vendor),
    ];

    public static async Task<int> RunAsync(BenchmarkArguments options, CancellationToken cancellationToken)
    {
        var (fit, compare) = (Seeds(options.String("fit", "1-20")), Seeds(options.String("compare", "40-45")));
        if (fit.Concat(compare).FirstOrDefault(s => SeedRanges.Refusal(s, heldOut: false) is not null) is var refused and not 0)
        {
            Console.Error.WriteLine(SeedRanges.Refusal(refused, heldOut: false));
            return 2;
        }

        if (fit.Count == 0 || compare.Count == 0 || fit.Intersect(compare).Any())
        {
            Console.Error.WriteLine("--fit and --compare each need seeds (\"1-20\", \"40,41\"), and no seed in both.");
            return 2;
        }

        OpenMpEnvironment.SetThreadLimit(1);
        ExtractorWarmUp.Run(); // As extract does: the label expressions' first matches would count against their timeout.
        var count = options.Int("count", 24);
        var cache = new PageCache(options.String("cache", string.Empty) is { Length: > 0 } dir ? dir : null);
        using var pool = new OcrEnginePool(Options.Create(new OcrEngineOptions()), NullLogger<OcrEnginePool>.Instance);
        await pool.WhenReady.WaitAsync(cancellationToken);
        var pipeline = new InvoiceOcrPipeline(pool, new PdfRasterizer(), new InvoiceFieldExtractor(), Options.Create(new DocumentLimitsOptions()));
        var reader = new DocumentReader(pipeline, cache, count, options.Flag("cached-only"), options.Double("vendor-near", 0));

        var fitSets = reader.Read(fit, cancellationToken);
        var compareSets = reader.Read(compare, cancellationToken);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"fit-weights: fit on tuning seeds {options.String("fit", "1-20")}, compared on {options.String("compare", "40-45")}, {count} documents per seed, vendor-near {options.Double("vendor-near", 0)}");
        report.AppendLine("  field    seeds     docs  reachable  shipped  fitted");
        var code = new StringBuilder();
        foreach (var (name, shipped) in Fields)
        {
            var fitted = WeightFitter.Fit(fitSets[name], shipped);
            foreach (var (label, sets) in (ReadOnlySpan<(string, List<CandidateSet>)>)[("fit", fitSets[name]), ("compare", compareSets[name])])
            {
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"  {name,-8} {label,-8} {sets.Count,5}  {sets.Count(s => s.Reachable),9}  {WeightFitter.Correct(sets, shipped),7}  {WeightFitter.Correct(sets, fitted),6}");
            }

            code.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {Changes(shipped, fitted)}");
        }

        Console.WriteLine(report);
        Console.WriteLine("Fitted weights (changed from shipped; documents without candidates are not counted):");
        Console.WriteLine(code);
        return 0;
    }

    /// <summary>"1-20" or "1,2,7" or a mix; a range runs upwards ("20-11" is none).</summary>
    private static List<int> Seeds(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(part => part.Split('-') is [var from, var to]
            ? Range(int.Parse(from, CultureInfo.InvariantCulture), int.Parse(to, CultureInfo.InvariantCulture))
            : [int.Parse(part, CultureInfo.InvariantCulture)])
        .ToList();

    private static IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from + 1));

    private static string Changes(ResolverWeights shipped, ResolverWeights fitted)
    {
        var names = WeightFitter.Names;
        var changed = names
            .Select(n => (Name: n, From: (double)typeof(ResolverWeights).GetProperty(n)!.GetValue(shipped)!, To: (double)typeof(ResolverWeights).GetProperty(n)!.GetValue(fitted)!))
            .Where(c => c.From != c.To)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} = {c.To} (was {c.From})"))
            .ToList();
        return changed.Count == 0 ? "(none)" : string.Join(", ", changed);
    }

    /// <summary>Reads generated documents and turns the resolver's first decision per field into labelled candidate sets.</summary>
    private sealed class DocumentReader(InvoiceOcrPipeline pipeline, PageCache cache, int count, bool cachedOnly, double vendorNear)
    {
        public Dictionary<string, List<CandidateSet>> Read(IReadOnlyList<int> seeds, CancellationToken cancellationToken)
        {
            var sets = Fields.ToDictionary(f => f.Name, _ => new List<CandidateSet>());
            var read = 0;
            foreach (var seed in seeds)
            {
                for (var index = 0; index < count; index++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var page = PageGenerator.Generate(seed, index);
                    if (cachedOnly && cache.Cached(page.Bytes!) is null)
                    {
                        continue;
                    }

                    read++;
                    try
                    {
                        foreach (var (name, set) in Label(Read(page.Bytes!, cancellationToken), page.Expected).ToList())
                        {
                            sets[name].Add(set);
                        }
                    }
                    catch (RegexMatchTimeoutException ex)
                    {
                        // A very busy host: left out (and said), not the end of the run.
                        Console.Error.WriteLine($"{page.Expected.File} left out: {ex.Message}");
                    }
                }

                Console.Error.WriteLine($"seed {seed}: read");
            }

            Console.Error.WriteLine($"{read} of {seeds.Count * count} documents of seeds {string.Join(',', seeds)} read");
            return sets;
        }

        /// <summary>The page as the pipeline's engine read it (its page plan, scaling and languages), from the cache when read before.</summary>
        private IReadOnlyList<OcrPageResult> Read(byte[] image, CancellationToken cancellationToken) =>
            [cache.Read(image, bytes => Single(pipeline.RunAsync(bytes, 0.7, null, null, null, cancellationToken).GetAwaiter().GetResult().Pages))];

        private static OcrPageResult Single(IReadOnlyList<OcrPageResult> pages) =>
            pages.Count == 1 ? pages[0] : throw new InvalidOperationException($"A generated document read as {pages.Count} pages.");

        /// <summary>The extractor's first decision per field on these pages, each candidate marked right or not.</summary>
        private IEnumerable<(string Field, CandidateSet Set)> Label(IReadOnlyList<OcrPageResult> pages, InvoiceExpectation expected)
        {
            var decisions = new List<ResolverDecision>();
            FieldResolver.Observe(decisions.Add);
            try
            {
                new InvoiceFieldExtractor().Extract(pages);
            }
            finally
            {
                FieldResolver.Observe(null);
            }

            foreach (var (name, weights) in Fields)
            {
                if (decisions.FirstOrDefault(d => ReferenceEquals(d.Weights, weights)) is { Candidates.Count: > 0 } decision)
                {
                    yield return (name, new CandidateSet(decision.Features, decision.Candidates.Select((c, i) => IsRight(name, c, decision.Features[i], expected)).ToList()));
                }
            }
        }

        /// <summary>As the generated report compares (<see cref="AccuracyReport.Matches"/>), after the finder's own repairs of the value.</summary>
        private bool IsRight(string field, object candidate, CandidateFeatures features, InvoiceExpectation expected) => (field, candidate) switch
        {
            ("total", AmountCandidate amount) => amount.Amount == expected.TotalAmount,
            ("date", FieldCandidate date) => date.Value == expected.Date,
            ("number", FieldCandidate number) => Folded(DocumentNumberPrefix.Repair(number.Value)) == Folded(expected.InvoiceNumber),
            ("vendor", FieldCandidate vendor) => !features.BuyerBlock && Near(AccuracyReport.Fold(vendor.Value), AccuracyReport.Fold(expected.VendorName)),
            _ => false,
        };

        private bool Near(string value, string expected) =>
            value == expected || (vendorNear > 0 && TextFolding.EditDistance(value, expected) <= vendorNear * expected.Length);

        /// <summary>The Vietnamese "HĐ" series is restored from the page's language after the decision: Đ and D count alike here.</summary>
        private static string Folded(string value) => AccuracyReport.Fold(value.Replace('Đ', 'D'));
    }
}
