namespace OcrAsync.Tests.Upkeep;

/// <summary>The upkeep test classes share one <see cref="UpkeepStoreFixture"/> and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class UpkeepStoreCollection : ICollectionFixture<UpkeepStoreFixture>
{
    public const string Name = "Upkeep store";
}
