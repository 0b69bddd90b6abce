using System.Security.Cryptography;

namespace OcrAsync.Api.Extensions;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The owner id columns' length (ocr_jobs.UserId, invoice_templates.OwnerId).</summary>
    public const int MaxUserIdLength = 256;

    private const int KeptPrefixLength = MaxUserIdLength - 1 - (2 * SHA256.HashSizeInBytes);

    /// <summary>
    /// The owner id of everything a user submits: the name claim (user-jwts) or else the subject. A name longer than the
    /// columns keeps its start and ends with the SHA-256 of the whole name, so every name the token allows still maps
    /// to its own id (and the same one every time).
    /// </summary>
    public static string? GetUserId(this ClaimsPrincipal user) =>
        Fit(user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub"));

    internal static string? Fit(string? name)
    {
        if (name is null || name.Length <= MaxUserIdLength)
        {
            return name;
        }

        var kept = char.IsHighSurrogate(name[KeptPrefixLength - 1]) ? KeptPrefixLength - 1 : KeptPrefixLength;
        return $"{name[..kept]}~{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))}";
    }
}
