using System.Security.Cryptography;
using System.Text.Json;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Processing;

namespace OcrAsync.Benchmarks.Learning;

/// <summary>
/// OCR results kept on disk by the image's hash (<c>--cache DIR</c>), so that reruns while working on the learner or the
/// extractor skip Tesseract; without a directory every page is read.
/// </summary>
internal sealed class PageCache(string? directory)
{
    public OcrPageResult Read(byte[] image, Func<byte[], OcrPageResult> recognize)
    {
        if (directory is null)
        {
            return recognize(image);
        }

        var path = Path.Combine(directory, Convert.ToHexString(SHA256.HashData(image)) + ".json");
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<OcrPageResult>(File.ReadAllText(path), OcrJsonOptions.Default)!;
        }

        var page = recognize(image);
        Directory.CreateDirectory(directory);
        File.WriteAllText(path, JsonSerializer.Serialize(page, OcrJsonOptions.Default));
        return page;
    }
}
