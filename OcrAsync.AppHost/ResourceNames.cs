namespace OcrAsync.AppHost;

/// <summary>Resource names shared by the AppHost, the projects' connection strings and the tests.</summary>
public static class ResourceNames
{
    public const string Redis = "redis";
    public const string Postgres = "postgres";
    public const string Database = "ocrdb";
    /// <summary>Blob storage of the uploads (Storage:Provider=Blob): Azurite locally, an Azure storage account published.</summary>
    public const string Blobs = "blobs";
    public const string Api = "api";
    public const string Worker = "worker";
}
