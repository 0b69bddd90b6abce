using System.Reflection;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.UserSecrets;
using Microsoft.Extensions.FileProviders;

namespace OcrAsync.Api.Authentication;

internal static class UserSecretsWatch
{
    private const string SecretsFileName = "secrets.json";

    /// <summary>
    /// In Development, watches the user-secrets file even when its folder did not exist at start. The framework then
    /// looks for <c>secrets.json</c> in the content root instead, so the signing key the first <c>dotnet user-jwts
    /// create</c> writes would never be seen without a restart. The source is replaced in place (same precedence).
    /// </summary>
    public static void WatchUserSecretsFromStart(this IHostApplicationBuilder builder)
    {
        var secretsId = Assembly.GetEntryAssembly()?.GetCustomAttribute<UserSecretsIdAttribute>()?.UserSecretsId;
        if (!builder.Environment.IsDevelopment() || secretsId is null)
        {
            return;
        }

        var directory = Path.GetDirectoryName(PathHelper.GetSecretsPathFromSecretsId(secretsId))!;
        var sources = builder.Configuration.Sources;
        var index = sources.Select((source, i) => source is JsonConfigurationSource { Path: SecretsFileName } ? i : -1).Max();
        if (index < 0)
        {
            return;
        }

        // A reader of the README runs `user-jwts create` and the upload back to back: the default 250 ms delay before a
        // changed file is reloaded would answer that first upload 401.
        ((JsonConfigurationSource)sources[index]).ReloadDelay = 0;
        if (Directory.Exists(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        sources[index] = new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(directory),
            Path = SecretsFileName,
            Optional = true,
            ReloadOnChange = true,
            ReloadDelay = 0,
        };
    }
}
