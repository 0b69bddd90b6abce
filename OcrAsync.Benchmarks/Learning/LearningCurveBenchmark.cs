using System.Globalization;
using System.Text;
using OcrAsync.Benchmarks.Performance;
using OcrAsync.Core.Invoices;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Ocr.Tesseract;
using OcrAsync.Core.Templates;
using OcrAsync.Core.Templates.Learning;

namespace OcrAsync.Benchmarks.Learning;

/// <summary>
/// <c>learning [--from 1] [--to 12] [--test 5]</c>: per generated vendor, the field accuracy on <c>--test</c> held-out
/// invoices after 0 (generic extractor), 1, 2 and 3 corrected invoices, in process (engine + extractor + learner, no
/// HTTP). Each correction gives the four true fields of one training invoice. Vendor seeds must stay below 500.
/// </summary>
internal static class LearningCurveBenchmark
{
    private const int MaxCorrections = 3;
    private static readonly string[] Fields = ["invoice_number", "date", "total_amount", "vendor_name"];

    public static int Run(BenchmarkArguments options, CancellationToken cancellationToken)
    {
        var (from, to, tests) = (options.Int("from", 1), options.Int("to", 12), options.Int("test", 5));
        var verbose = options.String("verbose", "no") == "yes";
        if (to >= 500)
        {
            Console.Error.WriteLine("Vendor seeds from 500 up are a held-out set for another benchmark; use seeds below 500.");
            return 2;
        }

        using var english = new TesseractEngine(null, "eng");
        using var vietnamese = new TesseractEngine(null, "eng+vie");
        var extractor = new InvoiceFieldExtractor();
        var right = new int[MaxCorrections + 1, Fields.Length];
        var total = 0;
        var started = DateTime.UtcNow;
        for (var seed = from; seed <= to; seed++)
        {
            var vendor = new VendorInvoices(seed);
            var engine = vendor.Language == "eng" ? english : vietnamese;
            OcrPageResult Read(byte[] image) => engine.Recognize(image, 1, cancellationToken);
            var training = Enumerable.Range(0, MaxCorrections).Select(vendor.Invoice).Select(i => (Page: Read(i.Image), i.Truth)).ToList();
            var held = Enumerable.Range(100, tests).Select(vendor.Invoice).Select(i => (Page: Read(i.Image), i.Truth)).ToList();

            InvoiceTemplate? template = null;
            var line = new StringBuilder($"vendor {seed,3}: ");
            for (var corrections = 0; corrections <= MaxCorrections; corrections++)
            {
                if (corrections > 0)
                {
                    var (page, truth) = training[corrections - 1];
                    var outcome = TemplateLearner.Learn([page], truth.ToDictionary(t => t.Key, t => (string?)t.Value), null, template,
                        $"train-{corrections}", DateTimeOffset.UtcNow);
                    template = outcome.Template with { Id = $"vendor-{seed}" };
                    if (verbose)
                    {
                        Console.WriteLine($"  learned {corrections}: {System.Text.Json.JsonSerializer.Serialize(template.Learned, OcrAsync.Core.Processing.OcrJsonOptions.Default)}");
                    }
                }

                var choice = template is null ? null : new TemplateChoice(null, [template]);
                var correct = 0;
                foreach (var (page, truth) in held)
                {
                    var data = extractor.Extract([page], templates: choice);
                    for (var f = 0; f < Fields.Length; f++)
                    {
                        if (Matches(Fields[f], Value(data, Fields[f]), truth[Fields[f]]))
                        {
                            right[corrections, f]++;
                            correct++;
                        }
                        else if (verbose)
                        {
                            Console.WriteLine($"  after {corrections}: {Fields[f]} '{Value(data, Fields[f])}' instead of '{truth[Fields[f]]}' ({string.Join("; ", data.ReviewReasons)})");
                        }
                    }
                }

                line.Append(CultureInfo.InvariantCulture, $"{corrections}:{correct}/{held.Count * Fields.Length}  ");
            }

            total += held.Count;
            Console.WriteLine($"{line}{vendor.Describe()}");
        }

        Console.WriteLine();
        Console.WriteLine($"| corrections | {string.Join(" | ", Fields)} | all fields |");
        Console.WriteLine($"|---|{string.Concat(Enumerable.Repeat("---|", Fields.Length + 1))}");
        for (var c = 0; c <= MaxCorrections; c++)
        {
            var cells = Enumerable.Range(0, Fields.Length).Select(f => Percent(right[c, f], total));
            var all = Enumerable.Range(0, Fields.Length).Sum(f => right[c, f]);
            Console.WriteLine($"| {c} | {string.Join(" | ", cells)} | {Percent(all, total * Fields.Length)} |");
        }

        Console.WriteLine($"\n{to - from + 1} vendors, {total} held-out invoices, {(to - from + 1) * (tests + MaxCorrections)} pages OCR'd in {(DateTime.UtcNow - started).TotalSeconds:0} s");
        return 0;
    }

    private static string? Value(InvoiceData data, string field) => field switch
    {
        "invoice_number" => data.InvoiceNumber,
        "date" => data.Date,
        "total_amount" => data.TotalAmount?.ToString(CultureInfo.InvariantCulture),
        _ => data.VendorName,
    };

    private static bool Matches(string field, string? actual, string expected) => field switch
    {
        "total_amount" => actual is not null && decimal.Parse(actual, CultureInfo.InvariantCulture) == decimal.Parse(expected, CultureInfo.InvariantCulture),
        "vendor_name" => actual is not null && Normalize(actual) == Normalize(expected),
        _ => actual == expected,
    };

    private static string Normalize(string text) => new(text.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());

    private static string Percent(int count, int of) => of == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / of:0.0} % ({count}/{of})");
}
