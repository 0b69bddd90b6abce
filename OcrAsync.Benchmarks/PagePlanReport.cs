namespace OcrAsync.Benchmarks;

/// <summary>
/// <c>page-plans FILE...</c>: what the engine decides about each image before reading it (page kind, grey levels, glyph
/// height, scale), one line per file, then the count per kind: to set the classification thresholds on the tuning set.
/// </summary>
internal static class PagePlanReport
{
    public static int Run(IEnumerable<string> files)
    {
        // The defaults, with text-height estimation on (target 30 px when off) so the glyph height is always shown.
        var defaults = new OcrPreprocessingOptions();
        var options = defaults.TargetGlyphHeight > 0 ? defaults : defaults with { TargetGlyphHeight = 30 };
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var plan = PageAnalysis.Plan(File.ReadAllBytes(file), options);
            kinds[plan.Kind.ToString()] = kinds.GetValueOrDefault(plan.Kind.ToString()) + 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)}\t{plan.Kind}\tpaper {plan.Levels.Paper}\tink {plan.Levels.Ink}\tcontrast {plan.Levels.Contrast}\troughness {plan.Levels.PaperRoughness:0.0}\tglyph {plan.GlyphHeight:0.0}\tscale {plan.Scale:0.00}"));
        }

        Console.WriteLine(string.Join(", ", kinds.Select(k => $"{k.Key}: {k.Value}")));
        return 0;
    }
}
