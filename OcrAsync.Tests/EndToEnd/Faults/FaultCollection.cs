namespace OcrAsync.Tests.EndToEnd.Faults;

/// <summary>
/// The fault tests freeze Redis and Postgres under their own system, so a failed thaw cannot break other tests; they
/// run alone, after the parallel collections, so that their latency figures are not another test's OCR load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection : ICollectionFixture<FaultFixture>
{
    public const string Name = "OcrAsync fault injection";
}
