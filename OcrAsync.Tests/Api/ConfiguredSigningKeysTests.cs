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
        var keys = new ConfiguredSigningKeys(Configuration());
        Assert.Empty(keys.For(Issuer));

        WriteSecrets("a development signing key of 32+ bytes");

        Assert.Single(keys.For(Issuer));
        Assert.Empty(keys.For("someone-else"));
    }

    [Fact]
    public void A_key_written_after_start_is_found_when_the_issuer_already_had_another_key()
    {
        // The issuer's key from the environment (as the tests' own key, or a key being reset) is found first.
        var keys = new ConfiguredSigningKeys(Configuration(new Dictionary<string, string?>
        {
            ["Authentication:Schemes:Bearer:SigningKeys:1:Issuer"] = Issuer,
            ["Authentication:Schemes:Bearer:SigningKeys:1:Value"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("the environment's key of 32+ bytes")),
        }));
        Assert.Single(keys.For(Issuer));

        WriteSecrets("a development signing key of 32+ bytes");

        Assert.Equal(2, keys.For(Issuer).Count);
    }

    /// <summary>No reload on change at all: only the lookup's own check can see the new file.</summary>
    private IConfiguration Configuration(Dictionary<string, string?>? environment = null) =>
        new ConfigurationBuilder()
            .Add(new JsonConfigurationSource
            {
                FileProvider = new PhysicalFileProvider(_secrets.FullName),
                Path = "secrets.json",
                Optional = true,
                ReloadOnChange = false,
            })
            .AddInMemoryCollection(environment ?? [])
            .Build();

    private void WriteSecrets(string keyText)
    {
        var key = Convert.ToBase64String(Encoding.UTF8.GetBytes(keyText));
        File.WriteAllText(Path.Combine(_secrets.FullName, "secrets.json"),
            $$"""{ "Authentication:Schemes:Bearer:SigningKeys": [ { "Id": "k1", "Issuer": "{{Issuer}}", "Value": "{{key}}", "Length": 32 } ] }""");
    }

    public void Dispose() => _secrets.Delete(recursive: true);
}
