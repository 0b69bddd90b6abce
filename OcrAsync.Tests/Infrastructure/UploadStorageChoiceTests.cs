using OcrAsync.AppHost.Infrastructure;

namespace OcrAsync.Tests.Infrastructure;

/// <summary>
/// Which upload store the AppHost gives the API and the worker: in run mode a directory under the local data folder
/// unless Storage:Provider says otherwise; published, never a directory (container apps share no disk).
/// </summary>
public sealed class UploadStorageChoiceTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("ocrasync-storage-choice-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public void In_run_mode_without_a_provider_uploads_go_to_the_uploads_directory_of_the_local_data()
    {
        var infrastructure = Build();

        Assert.Equal(Path.Combine(_data.FullName, "uploads"), infrastructure.UploadDirectory);
        Assert.Null(infrastructure.Blobs);
    }

    [Fact]
    public void In_run_mode_Storage_Directory_names_the_directory()
    {
        var chosen = Path.Combine(_data.FullName, "elsewhere");

        Assert.Equal(chosen, Build("Storage:Provider=Directory", $"Storage:Directory={chosen}").UploadDirectory);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("Blob")]
    public void Another_provider_gets_no_directory(string provider) =>
        Assert.Null(Build($"Storage:Provider={provider}").UploadDirectory);

    [Fact]
    public void Published_there_is_no_upload_directory_whatever_the_setting()
    {
        var manifest = Path.Combine(_data.FullName, "manifest.json");

        Assert.Null(Build("--publisher", "manifest", "--output-path", manifest).UploadDirectory);
        Assert.Null(Build("Storage:Provider=Directory", "--publisher", "manifest", "--output-path", manifest).UploadDirectory);
    }

    private OcrInfrastructure Build(params string[] args) =>
        DistributedApplication.CreateBuilder(["Infrastructure=Local", $"LocalInfrastructure:DataPath={_data.FullName}", .. args])
            .AddOcrInfrastructure(() => false);
}
