using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// Tokens for several users, minted like `dotnet user-jwts create` (issuer dotnet-user-jwts, audience localhost:5000) with
/// the API's development signing key (`dotnet user-jwts key --project OcrAsync.Api`): the per-user submit limit then
/// applies per simulated client, as with real users.
/// </summary>
internal static class BenchmarkTokens
{
    public static string For(string signingKeyBase64, string userName)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dotnet-user-jwts",
            Audience = "http://localhost:5000",
            Subject = new ClaimsIdentity([new Claim("unique_name", userName), new Claim("sub", userName)]),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now,
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(signingKeyBase64)), SecurityAlgorithms.HmacSha256),
        });
    }
}
