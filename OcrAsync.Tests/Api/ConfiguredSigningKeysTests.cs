using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using OcrAsync.Api.Authentication;

namespace OcrAsync.Tests.Api;

/// <summary>A signing key written to the user secrets after the API started counts for the very next token.</summary>
public sealed class ConfiguredSigningKeysTests : IDisposable
{
    private const string Issuer = "dotnet-user-jwts";
    private readonly DirectoryInfo _secrets = Directory.CreateTempSubdirectory("ocrasync-secrets-");

    [Fact]
    public void A_key_written_after_start_is_found_before_any_file_watcher_event()
    {
        // No reload on change at all: only the lookup's own check can see the new file.
        var configuration = new ConfigurationBuilder().Add(new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(_secrets.FullName),
            Path = "secrets.json",
            Optional = true,
            ReloadOnChange = false,
        }).Build();
        var keys = new ConfiguredSigningKeys(configuration);
        Assert.Empty(keys.For(Issuer));

        var key = Convert.ToBase64String(Encoding.UTF8.GetBytes("a development signing key of 32+ bytes"));
        File.WriteAllText(Path.Combine(_secrets.FullName, "secrets.json"),
            $$"""{ "Authentication:Schemes:Bearer:SigningKeys": [ { "Id": "k1", "Issuer": "{{Issuer}}", "Value": "{{key}}", "Length": 32 } ] }""");

        Assert.Single(keys.For(Issuer));
        Assert.Empty(keys.For("someone-else"));
    }

    public void Dispose() => _secrets.Delete(recursive: true);
}
