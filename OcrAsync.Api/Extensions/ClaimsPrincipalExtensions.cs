using System.Security.Claims;

namespace OcrAsync.Api.Extensions;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The owner id of everything a user submits: the name claim (user-jwts) or else the subject.</summary>
    public static string? GetUserId(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub");
}
