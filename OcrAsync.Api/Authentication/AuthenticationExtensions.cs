using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace OcrAsync.Api.Authentication;

internal static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer tokens everywhere. Development tokens come from `dotnet user-jwts` (keys in user secrets, picked up while
    /// the API runs); production configures Authority and ValidAudiences.
    /// </summary>
    public static void AddBearerAuthentication(this IHostApplicationBuilder builder)
    {
        builder.WatchUserSecretsFromStart();
        builder.Services.AddAuthentication().AddJwtBearer();
        builder.Services.AddSingleton<ConfiguredSigningKeys>();
        builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, ConfiguredSigningKeyResolver>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
