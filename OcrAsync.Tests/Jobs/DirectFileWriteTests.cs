namespace OcrAsync.Tests.Jobs;

/// <summary>
/// The upload file written past the page cache: whole and exactly its length whatever the length's alignment, never
/// over an existing file, and a missing directory reported as .NET's own file calls report it (the store creates it).
/// </summary>
public sealed class DirectFileWriteTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ocrasync-direct-");

    public void Dispose() => _root.Delete(recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_095)]
    [InlineData(4_096)]
    [InlineData(4_097)]
    [InlineData(354_427)]
    public void The_file_holds_the_content_and_ends_where_it_does(int length)
    {
        var content = new byte[length];
        Random.Shared.NextBytes(content);
        var path = Path.Combine(_root.FullName, $"upload-{length}");

        var direct = DirectFileWrite.TryWriteNew(path, content);

        // The temporary directory of Linux hosts (ext4, xfs, tmpfs since 6.6) takes direct writes; elsewhere nothing is written.
        Assert.Equal(OperatingSystem.IsLinux(), direct);
        if (direct)
        {
            Assert.Equal(content, File.ReadAllBytes(path));
        }
        else
        {
            Assert.False(File.Exists(path));
        }
    }

    [Fact]
    public void An_existing_file_is_neither_overwritten_nor_removed()
    {
        var path = Path.Combine(_root.FullName, "taken");
        File.WriteAllBytes(path, [1, 2, 3]);

        Assert.Throws<IOException>(() => DirectFileWrite.TryWriteNew(path, new byte[10_000]));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_missing_directory_is_reported_as_dotnet_reports_it_and_nothing_is_created()
    {
        var directory = Path.Combine(_root.FullName, "not-yet");

        Assert.Throws<DirectoryNotFoundException>(() => DirectFileWrite.TryWriteNew(Path.Combine(directory, "upload"), new byte[10]));

        Assert.False(Directory.Exists(directory));
    }
}
