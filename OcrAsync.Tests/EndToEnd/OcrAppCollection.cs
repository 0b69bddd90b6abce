namespace OcrAsync.Tests.EndToEnd;

/// <summary>Every test class in this collection shares one running system.</summary>
[CollectionDefinition(Name)]
public sealed class OcrAppCollection : ICollectionFixture<OcrAppFixture>
{
    public const string Name = "OcrAsync app";
}
