namespace OcrAsync.Tests.EndToEnd.Faults;

/// <summary>
/// The destructive tests (freezing, stopping or killing Redis, Postgres, the worker) under their own system, so a
/// failed restart cannot break the other collections; they run alone, after the parallel collections, so that their
/// latency figures are not another test's OCR load and their outages no other test's failure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection : ICollectionFixture<FaultFixture>
{
    public const string Name = "OcrAsync destructive";
}
