namespace OcrAsync.Tests.Infrastructure;

/// <summary>
/// Reads the committed azd infrastructure: with storageProvider Blob, main.bicep deploys a private storage account
/// with the uploads container, and both container apps get its connection string as a secret (ConnectionStrings:blobs)
/// and Storage:Provider=Blob; with the default (Postgres) neither app gets a blobs connection string.
/// </summary>
public sealed partial class InfraBlobStorageTests
{
    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([RepositoryPaths.Root, .. path]));

    private static string SecretName => $"connectionstrings--{StorageOptions.BlobConnectionName}";

    [Fact]
    public void The_storage_account_is_standard_lrs_tls12_private_with_the_uploads_container()
    {
        var storage = Read("infra", "storage.bicep");

        Assert.Contains("'Microsoft.Storage/storageAccounts@", storage, StringComparison.Ordinal);
        Assert.Matches(@"sku:\s*\{\s*name:\s*'Standard_LRS'", storage);
        Assert.Matches(@"(?m)^\s*minimumTlsVersion:\s*'TLS1_2'\s*$", storage);
        Assert.Matches(@"(?m)^\s*allowBlobPublicAccess:\s*false\s*$", storage);
        Assert.Matches(@"(?m)^\s*publicAccess:\s*'None'\s*$", storage);
        Assert.Matches($@"'containers' = \{{\s*name:\s*'{new StorageOptions().Container}'", storage);
        Assert.Matches(@"(?m)^output connectionString string = .*listKeys\(\)", storage);
    }

    [Fact]
    public void Main_bicep_deploys_the_storage_account_only_when_the_storage_provider_parameter_is_blob()
    {
        var main = Read("infra", "main.bicep");
        var parameters = Read("infra", "main.parameters.json");

        Assert.Matches(@"(?m)^param storageProvider string = 'Postgres'$", main);
        foreach (var provider in new[] { nameof(StorageProvider.Postgres), nameof(StorageProvider.Blob) })
        {
            Assert.Matches($@"@allowed\(\[[^\]]*'{provider}'", main);
        }

        // Container apps share no disk: the directory store is for run mode only.
        Assert.DoesNotMatch($@"@allowed\(\[[^\]]*'{nameof(StorageProvider.Directory)}'", main);

        Assert.Matches(@"(?m)^module storage 'storage\.bicep' = if \(storageProvider == 'Blob'\)", main);
        Assert.Matches(@"(?m)^output STORAGE_PROVIDER string = storageProvider$", main);
        Assert.Matches(@"(?m)^output BLOBS_CONNECTION_STRING string = storageProvider == 'Blob' \? storage!?\.outputs\.connectionString : ''$", main);
        Assert.Contains("\"${STORAGE_PROVIDER=Postgres}\"", parameters, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ResourceNames.Api)]
    [InlineData(ResourceNames.Worker)]
    public void With_blob_the_app_gets_the_storage_account_connection_string_as_a_secret_and_the_provider(string service)
    {
        var rendered = Render(Read("OcrAsync.AppHost", "infra", $"{service}.tmpl.yaml"), nameof(StorageProvider.Blob));

        Assert.Matches($@"- name: {SecretName}\s*\n\s*value: '\{{\{{ \.Env\.BLOBS_CONNECTION_STRING \}}\}}'", rendered);
        Assert.Matches($@"- name: ConnectionStrings__{StorageOptions.BlobConnectionName}\s*\n\s*secretRef: {SecretName}\s*\n", rendered);
        Assert.Matches(@"- name: Storage__Provider\s*\n\s*value: 'Blob'", rendered);
    }

    [Theory]
    [InlineData(ResourceNames.Api)]
    [InlineData(ResourceNames.Worker)]
    public void With_postgres_the_app_has_no_blobs_connection_string(string service)
    {
        var rendered = Render(Read("OcrAsync.AppHost", "infra", $"{service}.tmpl.yaml"), nameof(StorageProvider.Postgres));

        Assert.DoesNotContain(SecretName, rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionStrings__blobs", rendered, StringComparison.Ordinal);
        Assert.Matches(@"- name: Storage__Provider\s*\n\s*value: 'Postgres'", rendered);
    }

    /// <summary>
    /// The part of azd's Go templating these lines use: <c>{{ if eq .Env.STORAGE_PROVIDER "X" }} … {{ end }}</c> blocks
    /// and the <c>.Env.STORAGE_PROVIDER</c> value; everything else is left as written.
    /// </summary>
    private static string Render(string template, string provider)
    {
        var rendered = StorageCondition().Replace(template, m => m.Groups["provider"].Value == provider ? m.Groups["body"].Value : "");
        Assert.DoesNotContain("{{ if", rendered, StringComparison.Ordinal);
        return rendered.Replace("{{ .Env.STORAGE_PROVIDER }}", provider, StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
    }

    [GeneratedRegex("""\{\{ if eq \.Env\.STORAGE_PROVIDER "(?<provider>\w+)" \}\}(?<body>.*?)\{\{ end \}\}""", RegexOptions.Singleline)]
    private static partial Regex StorageCondition();
}
