using System.Security.Cryptography;

namespace OcrAsync.Benchmarks.Learning;

/// <summary>
/// OCR results kept on disk by the image's hash (<c>--cache DIR</c>), so that reruns while working on the learner or the
/// extractor skip Tesseract; without a directory every page is read.
/// </summary>
internal sealed class PageCache(string? directory)
{
    /// <summary>The page read before, or null when it is not in the cache (always null without a directory).</summary>
    public OcrPageResult? Cached(byte[] image) =>
        directory is not null && File.Exists(PathOf(image))
            ? JsonSerializer.Deserialize<OcrPageResult>(File.ReadAllText(PathOf(image)), OcrJsonOptions.Default)
            : null;

    public OcrPageResult Read(byte[] image, Func<byte[], OcrPageResult> recognize)
    {
        if (directory is null)
        {
            return recognize(image);
        }

        if (Cached(image) is { } cached)
        {
            return cached;
        }

        var path = PathOf(image);
        var page = recognize(image);
        Directory.CreateDirectory(directory);
        File.WriteAllText(path, JsonSerializer.Serialize(page, OcrJsonOptions.Default));
        return page;
    }

    private string PathOf(byte[] image) => Path.Combine(directory!, Convert.ToHexString(SHA256.HashData(image)) + ".json");
}
