namespace OcrAsync.Benchmarks;

/// <summary>
/// The generated set's report (expected.jsonl from <c>generate-invoices</c>): accuracy per field overall and per
/// layout, language, degradation, amount style, date style and a receipt's print fault, then every miss with the styles and labels its page was
/// drawn with, grouped by field, so a class of failures shows without opening images.
/// </summary>
internal static class GeneratedReport
{
    private static readonly string[] Fields = ["invoice_number", "date", "total", "vendor"];

    private static readonly string[] Slices = ["layout", "language", "degradation", "amount_style", "currency_style", "date_style", "print_fault"];

    public static string Create(string expectedJsonl, Dictionary<string, JsonElement> results)
    {
        var rows = new List<(string Name, JsonElement Result, Dictionary<string, string?> Expected)>();
        var truth = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(expectedJsonl).Where(l => l.StartsWith('{')))
        {
            var e = JsonDocument.Parse(line).RootElement;
            var name = Path.GetFileNameWithoutExtension(e.GetProperty("file").GetString()!);
            if (results.TryGetValue(name, out var result))
            {
                truth[name] = e;
                rows.Add((name, result, new()
                {
                    ["invoice_number"] = AccuracyReport.Get(e, "invoice_number"),
                    ["date"] = AccuracyReport.Get(e, "date"),
                    ["total"] = AccuracyReport.Get(e, "total_amount"),
                    ["vendor"] = AccuracyReport.Get(e, "vendor_name"),
                }));
            }
        }

        var seeds = string.Join(',', truth.Values.Select(t => AccuracyReport.Get(t, "seed")).Distinct());
        var text = new StringBuilder(AccuracyReport.Format($"generated (seed {seeds})", rows, listMisses: false));
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"slice",-28} {"files",5}  {"number",6}  {"date",6}  {"total",6}  {"vendor",6}  s/page");
        foreach (var tag in Slices)
        {
            // Invoices have no print fault: a slice only counts the pages that have its tag.
            foreach (var group in rows.Where(r => AccuracyReport.Get(truth[r.Name], tag) is not null).GroupBy(r => AccuracyReport.Get(truth[r.Name], tag)!).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var scores = Fields.Select(f => $"{AccuracyReport.Score(f, group.ToList()).Percent,6:0.0}");
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {tag + "=" + group.Key,-28} {group.Count(),5}  {string.Join("  ", scores)}  {AccuracyReport.SecondsPerPage(group.ToList()),6:0.00}");
            }
        }

        foreach (var field in Fields)
        {
            var misses = rows.Where(r => !AccuracyReport.Matches(field, r.Expected[field]!, r.Result)).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"  {field} misses ({misses.Count}): file layout/language/degradation/dpi {Context(field)}: expected -> got");
            foreach (var (name, result, expected) in misses)
            {
                var t = truth[name];
                var styles = string.Join('/', new[] { "layout", "language", "degradation", "dpi" }.Select(k => AccuracyReport.Get(t, k)));
                var context = string.Join(' ', Context(field).Split(' ').Select(k => $"{k}='{AccuracyReport.Get(t, k)}'"));
                var got = AccuracyReport.Got(field, result) ?? AccuracyReport.Get(result, "error") ?? "(none)";
                text.AppendLine(CultureInfo.InvariantCulture, $"    {name} {styles} {context}: {expected[field]} -> {got}");
            }
        }

        return text.ToString();
    }

    /// <summary>The expected.jsonl keys that explain a miss of <paramref name="field"/>.</summary>
    private static string Context(string field) => field switch
    {
        "invoice_number" => "number_label",
        "date" => "date_style",
        "total" => "total_label amount_style currency_style",
        _ => "font",
    };
}
