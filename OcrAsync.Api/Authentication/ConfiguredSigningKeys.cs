using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;

namespace OcrAsync.Api.Authentication;

/// <summary>
/// The symmetric signing keys in <c>Authentication:Schemes:Bearer:SigningKeys</c> (where <c>dotnet user-jwts</c> puts
/// them, in the API's user secrets), read from the current configuration, so a key created after the API started
/// (the first <c>user-jwts create</c>) counts at once. The list is rebuilt whenever the configuration reloads.
/// </summary>
internal sealed class ConfiguredSigningKeys(IConfiguration configuration)
{
    public const string SectionPath = $"Authentication:Schemes:{JwtBearerDefaults.AuthenticationScheme}:SigningKeys";

    private volatile Snapshot? _current;

    private const string UserSecretsFile = "secrets.json";

    private readonly Lock _secretsLock = new();
    private DateTimeOffset? _secretsLoaded;

    // The configuration's providers are fixed once it is built: found once, not per token.
    private readonly Lazy<List<JsonConfigurationProvider>> _userSecrets = new(() =>
        (configuration as IConfigurationRoot)?.Providers.OfType<JsonConfigurationProvider>()
            .Where(p => p.Source.Path == UserSecretsFile).ToList() ?? []);

    /// <summary>The keys configured for <paramref name="issuer"/> right now (none when it has none).</summary>
    public IReadOnlyList<SecurityKey> For(string? issuer)
    {
        ReloadChangedUserSecrets();
        return [.. Current().Keys.Where(key => key.Issuer == issuer).Select(key => key.Key)];
    }

    /// <summary>
    /// Reads the user-secrets file again when it changed since it was last read: the first <c>user-jwts create</c>
    /// (or a <c>user-jwts key --reset</c>) writes the key a moment before the file watcher's event arrives, and the
    /// README's upload right after it was answered 401 (seen in CI). On every lookup, since the issuer may already have
    /// another key (one from the environment, or the key being reset): one file check per token, and a read only when the
    /// file's time moved. The user secrets are a development source; elsewhere there is nothing to check.
    /// </summary>
    private void ReloadChangedUserSecrets()
    {
        var secrets = _userSecrets.Value;
        if (secrets.Count == 0)
        {
            return;
        }

        lock (_secretsLock)
        {
            var changed = secrets.Select(p => p.Source.FileProvider?.GetFileInfo(UserSecretsFile))
                .Where(f => f is { Exists: true }).Select(f => (DateTimeOffset?)f!.LastModified).Max();
            if (changed is null || changed == _secretsLoaded)
            {
                return;
            }

            _secretsLoaded = changed;
            secrets.ForEach(p => p.Load());
            _current = null;
        }
    }

    private Snapshot Current()
    {
        var snapshot = _current;
        if (snapshot is null || snapshot.Reload.HasChanged)
        {
            // Take the token before reading, so a reload during the read is not missed.
            var reload = configuration.GetReloadToken();
            snapshot = new Snapshot(Read(), reload);
            _current = snapshot;
        }

        return snapshot;
    }

    private List<IssuerKey> Read() =>
        [.. configuration.GetSection(SectionPath).GetChildren()
            .Select(child => (Issuer: child["Issuer"], Key: Decode(child["Value"])))
            .Where(entry => entry.Key is not null)
            .Select(entry => new IssuerKey(entry.Issuer, new SymmetricSecurityKey(entry.Key)))];

    private static byte[]? Decode(string? value)
    {
        var bytes = new byte[value?.Length ?? 0];
        return value is not null && Convert.TryFromBase64String(value, bytes, out var length) && length > 0 ? bytes[..length] : null;
    }

    private sealed record IssuerKey(string? Issuer, SecurityKey Key);

    private sealed record Snapshot(List<IssuerKey> Keys, IChangeToken Reload);
}
