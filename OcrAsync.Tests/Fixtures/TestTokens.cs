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

    /// <summary>
    /// The configuration the API reads its development signing key from (as user secrets would hold it). Entry 1, so
    /// that the key `dotnet user-jwts` writes to the user secrets (entry 0) is not hidden: the README test uses both.
    /// </summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment => new Dictionary<string, string>
    {
        ["Authentication__Schemes__Bearer__SigningKeys__1__Issuer"] = Issuer,
        ["Authentication__Schemes__Bearer__SigningKeys__1__Value"] = SigningKeyBase64,
    };

    /// <summary>An unsigned token (alg "none"), which must never be accepted.</summary>
    public static string Unsigned(string userName)
    {
        static string Encode(string json) => Base64UrlEncoder.Encode(json);
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Encode($"{{\"unique_name\":\"{userName}\",\"iss\":\"{Issuer}\",\"aud\":\"{Audience}\",\"exp\":{exp}}}")}.";
    }

    public string For(
        string userName,
        TimeSpan? lifetime = null,
        string audience = Audience,
        SecurityKey? signingKey = null,
        string issuer = Issuer,
        TimeSpan? startsIn = null,
        IReadOnlyList<string>? roles = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (startsIn ?? TimeSpan.Zero) + (lifetime ?? TimeSpan.FromHours(1));
        var notBefore = startsIn is { } delay ? now + delay : expires < now ? expires.AddHours(-1) : now.AddMinutes(-1);
        var claims = new List<Claim> { new("unique_name", userName), new("sub", userName) };
        claims.AddRange((roles ?? []).Select(role => new Claim("role", role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = notBefore,
            IssuedAt = notBefore < now ? notBefore : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signingKey ?? _key, SecurityAlgorithms.HmacSha256),
        });
    }
}
