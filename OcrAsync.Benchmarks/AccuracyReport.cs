namespace OcrAsync.Benchmarks;

/// <summary>Per-field exact-match accuracy (after normalising case, spaces and punctuation for names) and time per page.</summary>
internal static class AccuracyReport
{
    private static readonly string[] DateFormats =
        ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "dd/MM/yy", "dd-MM-yy", "yyyy-MM-dd", "yyyy/MM/dd", "dd MMM yyyy", "d MMM yyyy", "dd-MMM-yy", "dd MMM yy", "MMM dd, yyyy", "dd-MMM-yyyy", "dd/MMM/yyyy", "ddMMyyyy"];

    public static string ForInvoice2Data(string expectedDir, Dictionary<string, JsonElement> results)
    {
        var rows = new List<(string Name, JsonElement Result, Dictionary<string, string?> Expected)>();
        foreach (var file in Directory.GetFiles(expectedDir, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!results.TryGetValue(name, out var result))
            {
                continue; // Only documents the extract command was run on (the PDFs).
            }

            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var e = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement[0] : json.RootElement;
            rows.Add((name, result, new()
            {
                ["total"] = Get(e, "amount"),
                ["date"] = Get(e, "date"),
                ["invoice_number"] = Get(e, "invoice_number"),
                ["vendor"] = Get(e, "issuer"),
            }));
        }

        return Format("invoice2data", rows);
    }

    public static string ForSroie(string manifest, Dictionary<string, JsonElement> results)
    {
        var rows = new List<(string Name, JsonElement Result, Dictionary<string, string?> Expected)>();
        foreach (var line in File.ReadLines(manifest).Where(l => l.StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line);
            var name = Path.GetFileNameWithoutExtension(json.RootElement.GetProperty("file").GetString()!);
            if (results.TryGetValue(name, out var result))
            {
                var f = json.RootElement.GetProperty("fields");
                rows.Add((name, result, new() { ["total"] = Get(f, "total"), ["date"] = Get(f, "date"), ["vendor"] = Get(f, "company") }));
            }
        }

        return Format("sroie-dev", rows);
    }

    internal static string Format(string dataset, List<(string Name, JsonElement Result, Dictionary<string, string?> Expected)> rows, bool listMisses = true)
    {
        var text = new StringBuilder();
        var pages = rows.Sum(r => r.Result.GetProperty("pages").GetInt32());
        var failed = rows.Count(r => r.Result.GetProperty("status").GetString() != "completed");
        text.AppendLine(CultureInfo.InvariantCulture, $"{dataset}: {rows.Count} documents, {pages} pages, {failed} failed, {SecondsPerPage(rows):0.00} s/page (sum of processing_time / pages)");
        foreach (var field in rows.SelectMany(r => r.Expected.Keys).Distinct())
        {
            var (hits, labelled, percent, misses) = Score(field, rows);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {field,-15} {hits,3}/{labelled,-3} {percent,5:0.0} %{(listMisses ? "   misses: " + string.Join(' ', misses) : "")}");
        }

        return text.ToString();
    }

    internal static (int Hits, int Labelled, double Percent, List<string> Misses) Score(
        string field, List<(string Name, JsonElement Result, Dictionary<string, string?> Expected)> rows)
    {
        var labelled = rows.Where(r => !string.IsNullOrWhiteSpace(r.Expected[field])).ToList();
        var misses = labelled.Where(r => !Matches(field, r.Expected[field]!, r.Result)).Select(r => r.Name).ToList();
        var hits = labelled.Count - misses.Count;
        return (hits, labelled.Count, 100.0 * hits / Math.Max(1, labelled.Count), misses);
    }

    internal static double SecondsPerPage(List<(string Name, JsonElement Result, Dictionary<string, string?> Expected)> rows) =>
        rows.Sum(r => r.Result.GetProperty("processing_time").GetDouble()) / Math.Max(1, rows.Sum(r => r.Result.GetProperty("pages").GetInt32()));

    internal static string? Got(string field, JsonElement result) =>
        result.TryGetProperty("extracted_data", out var data) && data.ValueKind == JsonValueKind.Object
            ? Get(data, field switch { "total" => "total_amount", "vendor" => "vendor_name", _ => field })
            : null;

    internal static bool Matches(string field, string expected, JsonElement result)
    {
        if (!result.TryGetProperty("extracted_data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        return field switch
        {
            "total" => Get(data, "total_amount") is { } a && decimal.TryParse(a, CultureInfo.InvariantCulture, out var actual)
                && decimal.TryParse(WithoutCurrency(expected), CultureInfo.InvariantCulture, out var wanted) && actual == wanted,
            "date" => Get(data, "date") is { } d && d == ToIsoDate(expected),
            "invoice_number" => Get(data, "invoice_number") is { } n && Fold(n) == Fold(expected),
            "vendor" => Get(data, "vendor_name") is { } v && Fold(v) == Fold(expected),
            _ => false,
        };
    }

    /// <summary>SROIE writes some totals as printed, with their currency ("RM 57.40", "$8.60"): the amount is compared.</summary>
    private static string WithoutCurrency(string value) =>
        value.Trim().TrimStart('$', '€', '£', ' ').TrimStart("RM".ToCharArray()).Trim();

    private static string? ToIsoDate(string value) =>
        DateTime.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.Trim();

    /// <summary>Case, spacing and punctuation do not count for names and numbers.</summary>
    internal static string Fold(string value) => new(value.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());

    internal static string? Get(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
