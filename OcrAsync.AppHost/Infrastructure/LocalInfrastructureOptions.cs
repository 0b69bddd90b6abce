namespace OcrAsync.AppHost.Infrastructure;

/// <summary>Where local Redis and Postgres keep their data (`LocalInfrastructure:*` settings).</summary>
public sealed record LocalInfrastructureOptions(string DataPath, bool Ephemeral)
{
    public static LocalInfrastructureOptions From(IConfiguration configuration, string appHostDirectory)
    {
        var ephemeral = configuration.GetValue("LocalInfrastructure:Ephemeral", false);
        // Ephemeral runs (tests) get a fresh folder each time; otherwise data is kept in the git-ignored .data folder.
        var dataPath = ephemeral
            ? Directory.CreateTempSubdirectory("ocrasync-").FullName
            : configuration["LocalInfrastructure:DataPath"] is { Length: > 0 } configured
                ? Path.GetFullPath(configured, appHostDirectory)
                : Path.GetFullPath(Path.Combine(appHostDirectory, "..", ".data"));
        return new LocalInfrastructureOptions(dataPath, ephemeral);
    }
}
