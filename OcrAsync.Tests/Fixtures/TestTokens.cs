using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OcrAsync.Tests.Fixtures;

/// <summary>
/// Mints bearer tokens the way `dotnet user-jwts` does (issuer dotnet-user-jwts, audience http://localhost:5000),
/// signed with a key made for this test run and handed to the API through its configuration.
/// </summary>
public sealed class TestTokens
{
    public const string Issuer = "dotnet-user-jwts";
    public const string Audience = "http://localhost:5000";

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));

    public string SigningKeyBase64 => Convert.ToBase64String(_key.Key);

    /// <summary>The configuration the API reads its development signing key from (as user secrets would hold it).</summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment => new Dictionary<string, string>
    {
        ["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = Issuer,
        ["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = SigningKeyBase64,
    };

    public string For(
        string userName, TimeSpan? lifetime = null, string audience = Audience, SecurityKey? signingKey = null, IReadOnlyList<string>? roles = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        var notBefore = expires < now ? expires.AddHours(-1) : now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([
                new Claim("unique_name", userName), new Claim("sub", userName), .. (roles ?? []).Select(r => new Claim("role", r))]),
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signingKey ?? _key, SecurityAlgorithms.HmacSha256),
        });
    }
}
