namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// <c>page-stages --files-dir DIR [--lang eng+vie]</c>: where one engine's time goes on each page (decode, plan, scale,
/// first pass, median pass when triggered, field extraction), beside the <c>tesseract</c> CLI on the same file, one
/// page at a time on one thread: to find what the worker does beyond the CLI's single pass.
/// </summary>
internal static class PageStagesReport
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(arguments.String("files-dir", ".")).Where(MixedPages.IsPage).Order(StringComparer.Ordinal).ToList();
        var languages = arguments.String("lang", "eng+vie");
        var options = new OcrPreprocessingOptions();
        using var engine = new TesseractEngine(null, languages, options);
        engine.Recognize(WarmUpImage.Create(), 0, cancellationToken);
        var extractor = new InvoiceFieldExtractor();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        Console.WriteLine("# CPU ms of this process (stages) and of the CLI process, one page at a time");
        Console.WriteLine("file\tbytes\twidth\tkind\tscale\tdecode\tplan\tscale\tpass1\tconf1\tmedian\tconf2\tnative_pass\textract\tengine_total\tcli_cpu");
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var t = new Dictionary<string, double>(StringComparer.Ordinal);
            var watch = new CpuWatch();
            using var decoded = TesseractEngine.Decode(bytes);
            t["decode"] = watch.Lap();
            var width = Leptonica.PixGetWidth(decoded);
            var height = Leptonica.PixGetHeight(decoded);
            var xres = Leptonica.PixGetXRes(decoded);
            var dpi = xres is >= 70 and <= 2400 ? xres : TesseractEngine.DefaultDpi;
            Core.Ocr.Preprocessing.PagePlan plan;
            using (var grey = Leptonica.PixConvertTo8(decoded, 0))
            {
                plan = PageAnalysis.Plan(grey, width, options);
            }

            t["plan"] = watch.Lap();
            using var scaled = plan.Scale == 1 ? null : Leptonica.PixScale(decoded, (float)plan.Scale, (float)plan.Scale);
            var page = scaled ?? decoded;
            var resolution = (int)Math.Round(dpi * plan.Scale);
            Leptonica.PixSetResolution(page, resolution, resolution);
            t["scale"] = watch.Lap();
            var first = engine.RecognizePass(page, 1, width, height, plan.Scale, cancellationToken);
            t["pass1"] = watch.Lap();
            var best = first;
            double? conf2 = null;
            if (first.Page.Confidence < options.MedianPassBelowConfidence)
            {
                using var filtered = TesseractEngine.MedianFiltered(page, resolution);
                if (filtered is not null)
                {
                    var second = engine.RecognizePass(filtered, 1, width, height, plan.Scale, cancellationToken);
                    conf2 = second.Page.Confidence;
                    best = second.Page.Confidence > first.Page.Confidence ? second : first;
                }
            }

            t["median"] = watch.Lap();
            if (plan.Scale != 1)
            {
                // What the CLI reads: the page at its own size.
                Leptonica.PixSetResolution(decoded, dpi, dpi);
                engine.RecognizePass(decoded, 1, width, height, 1, cancellationToken);
            }

            t["native_pass"] = plan.Scale != 1 ? watch.Lap() : t["pass1"];
            extractor.Extract([best.Page]);
            t["extract"] = watch.Lap();
            var (cliMs, cliCpuMs) = await CliAsync(file, languages, cancellationToken);
            t["cli"] = cliMs;
            t["cli_cpu"] = cliCpuMs;
            var engineTotal = t["decode"] + t["plan"] + t["scale"] + t["pass1"] + t["median"];
            t["engine_total"] = engineTotal;
            foreach (var (key, value) in t)
            {
                totals[key] = totals.GetValueOrDefault(key) + value;
            }

            totals["median_pages"] = totals.GetValueOrDefault("median_pages") + (conf2 is null ? 0 : 1);
            totals["scaled_pages"] = totals.GetValueOrDefault("scaled_pages") + (plan.Scale == 1 ? 0 : 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)}\t{bytes.Length}\t{width}\t{plan.Kind}\t{plan.Scale:0.00}\t{t["decode"]:F0}\t{t["plan"]:F0}\t{t["scale"]:F0}\t{t["pass1"]:F0}\t{first.Page.Confidence:F2}\t{t["median"]:F0}\t{conf2 ?? double.NaN:F2}\t{t["native_pass"]:F0}\t{t["extract"]:F0}\t{engineTotal:F0}\t{cliCpuMs:F0}"));
        }

        Console.WriteLine(string.Join(" ", totals.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key}={k.Value:F0}"))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT page-stages files={files.Count} engine_cpu_ms={totals["engine_total"]:F0} extract_cpu_ms={totals["extract"]:F0} cli_cpu_ms={totals["cli_cpu"]:F0} engine_over_cli={totals["engine_total"] / totals["cli_cpu"]:F3}"));
        return 0;
    }

    /// <summary>The CLI on one file: wall time and the child's user + system CPU (from /usr/bin/time).</summary>
    private static async Task<(double WallMs, double CpuMs)> CliAsync(string file, string languages, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-f", "CPU %U %S", "tesseract", file, "stdout", "-l", languages, "--dpi", "300" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tesseract did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await stdout;
        var cpuLine = (await stderr).Split('\n').LastOrDefault(l => l.StartsWith("CPU ", StringComparison.Ordinal)) ?? "CPU 0 0";
        var parts = cpuLine.Split(' ');
        return (wall, 1000 * (double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture)));
    }
}
