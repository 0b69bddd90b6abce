namespace OcrAsync.Tests.Fixtures;

/// <summary>Files of the repository the tests run from (README.md, samples/), found by walking up to OcrAsync.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OcrAsync.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No OcrAsync.sln above {AppContext.BaseDirectory}.");
    }
}
