namespace OcrAsync.Tests.EndToEnd.Outages;

/// <summary>
/// The tests that stop Redis, Postgres or the worker, or kill the worker, under a system of their own, so that a
/// failed restart cannot fail the other collections; they run alone, after the parallel collections.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutageCollection : ICollectionFixture<OutageFixture>
{
    public const string Name = "OcrAsync outages";
}
