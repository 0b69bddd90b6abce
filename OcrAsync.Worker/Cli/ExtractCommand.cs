using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using OcrAsync.Core.Templates;

namespace OcrAsync.Worker.Cli;

/// <summary>
/// <c>extract FILE... [--template FILE.json] [--lang eng+vie] [--threshold 0.7] [--psm auto|single_block|single_column|sparse_text] [--ocr-cache DIR] [--text]</c>: runs the worker's pipeline on local
/// files without Redis or Postgres and prints one JSON object per file per line, in argument order. A template file has
/// the API's template shape and is applied to every file. <c>--ocr-cache</c> reuses the OCR of pages read before (see
/// <see cref="CachingPageRecognizer"/>); processing_time then covers extraction only. <c>--text</c> adds the recognised
/// text beside the fields (what a wrong field or a template is debugged with). Exit code 1 if any file failed, 2 on bad usage.
/// </summary>
public static class ExtractCommand
{
    public const string Name = "extract";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var files, out var languages, out var threshold, out var templateFile, out var ocrCache, out var segmentation, out var withText, out var usage))
        {
            await error.WriteLineAsync($"{usage}\nUsage: {Name} FILE... [--template FILE.json] [--lang eng+vie] [--threshold 0.7] [--psm auto|single_block|single_column|sparse_text] [--ocr-cache DIR] [--text]");
            return 2;
        }

        var templates = TemplateChoice.None;
        if (templateFile is not null)
        {
            var (template, problem) = await LoadTemplateAsync(templateFile, cancellationToken);
            if (problem is not null)
            {
                await error.WriteLineAsync(problem);
                return 2;
            }

            templates = TemplateChoice.Named(template!);
        }

        // libgomp reads the limit when libtesseract loads, which has not happened yet in this process.
        if (!OpenMpEnvironment.IsThreadLimitSet)
        {
            OpenMpEnvironment.SetThreadLimit(1);
        }

        // The service's "Ocr" settings from the environment (Ocr__Preprocessing__…), so a benchmark can compare them.
        var engineOptions = new OcrEngineOptions();
        new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(OcrEngineOptions.SectionName).Bind(engineOptions);
        engineOptions.Preprocessing.PageSegmentation = segmentation;
        using var pool = new OcrEnginePool(Options.Create(engineOptions), NullLogger<OcrEnginePool>.Instance);
        if (languages is not null)
        {
            try
            {
                pool.ValidateLanguages(languages);
            }
            catch (UnsupportedLanguageException ex)
            {
                await error.WriteLineAsync(ex.Message);
                return 2;
            }
        }

        ExtractorWarmUp.Run(); // While the engines warm up.
        await pool.WhenReady.WaitAsync(cancellationToken); // Warm-up is not part of any file's processing time.
        // The enlarged receipts' segmentation changes what is read, so it is part of the key; unset, the key is the old one.
        var enlarged = engineOptions.Preprocessing.EnlargedNarrowPageSegmentation is { } mode ? $";enlarged-narrow={mode}" : string.Empty;
        IPageRecognizer recognizer = ocrCache is null ? pool : new CachingPageRecognizer(pool, ocrCache, $"psm={segmentation}{enlarged}");
        var pipeline = new InvoiceOcrPipeline(recognizer, new PdfRasterizer(), new InvoiceFieldExtractor(), Options.Create(new DocumentLimitsOptions()));

        // One file per engine at a time; lines are still printed in argument order.
        using var slots = new SemaphoreSlim(pool.EngineCount);
        var runs = files.Select(async file =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                return await ExtractAsync(pipeline, file, languages, threshold, templates, withText, cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }).ToList();

        var failed = false;
        foreach (var run in runs)
        {
            var result = await run;
            failed |= result.Status != "completed";
            await output.WriteLineAsync(JsonSerializer.Serialize(result, OcrJsonOptions.Default));
            await output.FlushAsync(cancellationToken);
        }

        return failed ? 1 : 0;
    }

    private static async Task<ExtractResult> ExtractAsync(
        InvoiceOcrPipeline pipeline, string file, string? languages, double threshold, TemplateChoice templates, bool withText, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var content = await File.ReadAllBytesAsync(file, cancellationToken);
            var result = await pipeline.RunAsync(content, threshold, languages, templates, null, cancellationToken);
            return new ExtractResult(file, "completed", result.PageCount, result.Confidence, Seconds(stopwatch),
                result.Invoice, withText ? result.Text : null, result.Invoice.NeedsReview, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad file (or an unexpected fault on it) is that file's failed line, never the end of the whole run.
            return new ExtractResult(file, "failed", 0, 0, Seconds(stopwatch), null, null, true, ex.Message);
        }
    }

    /// <summary>Reads and checks a template file; without a name, the file's name is used.</summary>
    private static async Task<(InvoiceTemplate? Template, string? Problem)> LoadTemplateAsync(string path, CancellationToken cancellationToken)
    {
        InvoiceTemplate? template;
        try
        {
            await using var stream = File.OpenRead(path);
            template = await JsonSerializer.DeserializeAsync<InvoiceTemplate>(stream, OcrJsonOptions.Default, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"Template '{path}' could not be read: {ex.Message}");
        }

        if (template is null)
        {
            return (null, $"Template '{path}' is empty.");
        }

        template = string.IsNullOrWhiteSpace(template.Name) ? template with { Name = Path.GetFileNameWithoutExtension(path) } : template;
        var problems = InvoiceTemplateValidator.Validate(template);
        return problems.Count > 0 ? (null, $"Template '{path}' is invalid: {string.Join(" ", problems)}") : (template, null);
    }

    private static double Seconds(Stopwatch stopwatch) => Math.Round(stopwatch.Elapsed.TotalSeconds, 3);

    private static bool TryParse(
        string[] args, out List<string> files, out string? languages, out double threshold, out string? templateFile, out string? ocrCache, out PageSegmentation segmentation, out bool withText, out string usage)
    {
        files = [];
        languages = null;
        templateFile = null;
        ocrCache = null;
        segmentation = PageSegmentation.Auto;
        withText = false;
        threshold = 0.7;
        usage = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lang" when i + 1 < args.Length:
                    languages = args[++i];
                    break;
                case "--template" when i + 1 < args.Length:
                    templateFile = args[++i];
                    break;
                case "--text":
                    withText = true;
                    break;
                case "--ocr-cache" when i + 1 < args.Length:
                    ocrCache = args[++i];
                    break;
                case "--psm" when i + 1 < args.Length
                    && Enum.TryParse(args[i + 1].Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out PageSegmentation mode)
                    && Enum.IsDefined(mode) && !int.TryParse(args[i + 1], out _):
                    segmentation = mode;
                    i++;
                    break;
                case "--threshold" when i + 1 < args.Length
                    && double.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1:
                    threshold = value;
                    i++;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    usage = $"Unknown or incomplete option '{option}'.";
                    return false;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        usage = files.Count == 0 ? "No files given." : usage;
        return files.Count > 0;
    }
}
