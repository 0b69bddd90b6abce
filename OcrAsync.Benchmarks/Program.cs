using OcrAsync.Benchmarks;
using OcrAsync.Benchmarks.Micro;

// accuracy: (invoice2data|sroie|generated) GROUND_TRUTH RESULTS.jsonl compares extract output with the labels;
// generate-invoices OUT_DIR [--count 96] [--seed 1] [--held-out] [--receipts-only] [--print-faults] [--footer-issuer] [--marketplace] writes the generated set and its expected.jsonl
// (seeds 1-99 tune; 500 and above are the held-out set, only with --held-out: BENCHMARKS.md).
// page-plans IMAGE... prints what the engine decides about each image before reading it.
// generate-samples OUT_DIR [--seed 7] writes the repository's samples/ (English and Vietnamese PNG, a PDF).
// performance: engines | e2e | accept | pickup | pdf-pages | calls | idle | cli | page-stages | prepare-mixed [--option value ...]
// (benchmarks/performance.sh runs them all).
// learning [--from 1] [--to 12] [--test 5] [--held-out] [--cache DIR]: field accuracy per generated vendor after 0, 1, 2 and 3 corrections.
// fit-weights [--fit 1-20] [--compare 40-45] [--count 24] [--cache DIR]: fits the resolver's named weights per field on
// generated tuning seeds and compares them with the shipped ones on other tuning seeds (BENCHMARKS.md).
// micro [BenchmarkDotNet arguments]: in-process micro-benchmarks (extraction, preflight, decoding, PDF text layer).
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var options = new BenchmarkArguments(args.Skip(1).ToArray());
switch (args.FirstOrDefault())
{
    case "engines":
        return await EngineThroughputBenchmark.RunAsync(options, cancel.Token);
    case "e2e":
        return await EndToEndBenchmark.RunAsync(options, cancel.Token);
    case "accept":
        return await AcceptLatencyBenchmark.RunAsync(options, cancel.Token);
    case "pickup":
        return await PickupLatencyBenchmark.RunAsync(options, cancel.Token);
    case "pdf-pages":
        return await PdfPagesBenchmark.RunAsync(options, cancel.Token);
    case "calls":
        return await ApiCallCostBenchmark.RunAsync(options, cancel.Token);
    case "idle":
        return await IdleCostBenchmark.RunAsync(options, cancel.Token);
    case "page-stages":
        return await PageStagesReport.RunAsync(options, cancel.Token);
    case "cli":
        return await CliFilesBenchmark.RunAsync(options, cancel.Token);
    case "prepare-mixed" when args.Length == 3:
        return MixedPages.Prepare(args[1], args[2]);
    case "learning":
        return OcrAsync.Benchmarks.Learning.LearningCurveBenchmark.Run(options, cancel.Token);
    case "fit-weights":
        return await OcrAsync.Benchmarks.Fitting.FitWeightsCommand.RunAsync(options, cancel.Token);
    case "micro":
        return MicroBenchmarks.Run(args[1..]);
    case "generate-invoices" when args.Length >= 2:
        return InvoiceSetGenerator.Run(args[1], options.Int("count", 96), options.Int("seed", 1), options.Flag("held-out"), options.Flag("receipts-only"), options.Flag("print-faults"),
            options.Flag("marketplace") ? InvoiceLayouts.Marketplace : options.Flag("footer-issuer") ? InvoiceLayouts.FooterIssuer : null);
    case "page-plans" when args.Length >= 2:
        return PagePlanReport.Run(args[1..]);
    case "generate-samples" when args.Length >= 2:
        return SampleSetGenerator.Run(args[1], options.Int("seed", 7));
    case "invoice2data" or "sroie" or "generated" when args.Length == 3:
        var results = ExtractOutput.Read(args[2]);
        var report = args[0] switch
        {
            "invoice2data" => AccuracyReport.ForInvoice2Data(args[1], results),
            "sroie" => AccuracyReport.ForSroie(args[1], results),
            _ => GeneratedReport.Create(args[1], results),
        };
        Console.WriteLine(report);
        return 0;
    default:
        Console.Error.WriteLine("""
            Usage: OcrAsync.Benchmarks (invoice2data EXPECTED_DIR | sroie MANIFEST.jsonl | generated EXPECTED.jsonl) RESULTS.jsonl
                   OcrAsync.Benchmarks generate-invoices OUT_DIR [--count 96] [--seed 1..99 | --seed 500.. --held-out] [--receipts-only] [--print-faults] [--footer-issuer] [--marketplace]
                   OcrAsync.Benchmarks generate-samples OUT_DIR [--seed 7]
                   OcrAsync.Benchmarks page-plans IMAGE...   (page kind, grey levels, glyph height and scale the engine plans)
                   OcrAsync.Benchmarks engines [--pages 20] [--engines 1,2,3,4] [--rounds 2] [--lang eng+vie]
                   OcrAsync.Benchmarks e2e    [--jobs 100] [--cli-pps X] [--api http://localhost:5000] [--token-file bench.token]
                   OcrAsync.Benchmarks accept [--clients 50] [--seconds 30] [--kb 300] [--rate R] [--max-requests 20000] [--samples FILE.csv] [--api ...] [--token-file ...]
                   OcrAsync.Benchmarks pickup [--jobs 20] [--pause-ms 700] [--api ...] [--token-file ...]
                   OcrAsync.Benchmarks pdf-pages [--pages 10] [--engines 2] [--rounds 2]
                   OcrAsync.Benchmarks calls  --api-pid PID [--calls 1000] [--users 50] [--api ...] [--token-file ...] [--signing-key-file ...]
                   OcrAsync.Benchmarks idle   --pids PID,PID [--seconds 60]
                   OcrAsync.Benchmarks cli    --files-dir DIR [--engines 2] [--lang eng+vie]
                   OcrAsync.Benchmarks prepare-mixed SRC_DIR OUT_DIR
                   OcrAsync.Benchmarks e2e    ... [--files-dir DIR] (each file once)
                   OcrAsync.Benchmarks learning [--from 1] [--to 12] [--test 5] [--held-out (seeds >= 600)] [--cache DIR]   (learning curve after 0-3 corrections per vendor)
                   OcrAsync.Benchmarks fit-weights [--fit 1-20] [--compare 40-45] [--count 24] [--cache DIR]   (resolver weights fitted on tuning seeds, shipped vs fitted)
                   OcrAsync.Benchmarks micro  [BenchmarkDotNet arguments, e.g. --filter '*' --job short]
            """);
        return 2;
}
