namespace OcrAsync.AppHost.Infrastructure;

/// <summary>Azurite's well-known development account (public, documented; never a real key).</summary>
public static class AzuriteAccount
{
    public const string Name = "devstoreaccount1";
    public const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    public const string EndpointName = "blob";

    /// <summary>Azurite 3.37 accepts only the API versions it knows; the client library may be newer.</summary>
    public const string SkipApiVersionCheck = "--skipApiVersionCheck";

    public static ReferenceExpression ConnectionStringFor(EndpointReference blob) =>
        ReferenceExpression.Create(
            $"DefaultEndpointsProtocol=http;AccountName={Name};AccountKey={Key};BlobEndpoint=http://{blob.Property(EndpointProperty.IPV4Host)}:{blob.Property(EndpointProperty.Port)}/{Name};");
}
