using OcrAsync.Benchmarks;

// accuracy (invoice2data|sroie) GROUND_TRUTH RESULTS.jsonl: compares extract output with the labels.
if (args.Length != 3 || args[0] is not ("invoice2data" or "sroie"))
{
    Console.Error.WriteLine("Usage: OcrAsync.Benchmarks (invoice2data EXPECTED_DIR | sroie MANIFEST.jsonl) RESULTS.jsonl");
    return 2;
}

var results = ExtractOutput.Read(args[2]);
var report = args[0] == "invoice2data"
    ? AccuracyReport.ForInvoice2Data(args[1], results)
    : AccuracyReport.ForSroie(args[1], results);
Console.WriteLine(report);
return 0;
