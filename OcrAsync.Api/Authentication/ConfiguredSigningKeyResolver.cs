using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace OcrAsync.Api.Authentication;

/// <summary>
/// Without an <c>Authority</c> (development tokens from <c>dotnet user-jwts</c>), tokens are checked against the
/// signing keys configured now rather than those read at start. With an Authority (production) nothing changes: its
/// metadata supplies the keys.
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
        parameters.IssuerSigningKeyResolver = (_, token, _, _) => keys.For(token.Issuer);
        // Only the current keys: a key removed or reset (`user-jwts key --reset`) stops working at once.
        parameters.TryAllIssuerSigningKeys = false;
    }
}
