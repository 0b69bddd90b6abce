using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace OcrAsync.Api.Authentication;

/// <summary>
/// Without an <c>Authority</c> (development tokens from <c>dotnet user-jwts</c>), tokens are checked against every
/// signing key configured now for their issuer. JwtBearer's own list re-reads the configuration on every request too,
/// but throws (a 500 on every request) as soon as two keys share an issuer, e.g. the user-jwts key in the user secrets
/// and one from the environment; so it is replaced. With an Authority (production) nothing changes: its metadata
/// supplies the keys.
/// </summary>
internal sealed class ConfiguredSigningKeyResolver(ConfiguredSigningKeys keys) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme || !string.IsNullOrEmpty(options.Authority))
        {
            return;
        }

        var parameters = options.TokenValidationParameters;
        parameters.IssuerSigningKeys = [];
        parameters.IssuerSigningKeyResolver = (_, token, _, _) => keys.For(token.Issuer);
        // Only the current keys: a key removed or reset (`user-jwts key --reset`) stops working at once.
        parameters.TryAllIssuerSigningKeys = false;
    }
}
