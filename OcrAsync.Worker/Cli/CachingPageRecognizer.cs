using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OcrAsync.Core.Ocr;
using OcrAsync.Core.Processing;

namespace OcrAsync.Worker.Cli;

/// <summary>
/// For <c>extract --ocr-cache DIR</c>: keeps what the engine read from each page image, keyed by the image's bytes and
/// the languages and the engine <paramref name="settings"/>, so reruns while tuning a template or the extractor skip OCR. Bump <see cref="Format"/> when
/// <see cref="OcrPageResult"/> gains data, so old entries are not reused.
/// </summary>
public sealed class CachingPageRecognizer(IPageRecognizer inner, string directory, string settings = "") : IPageRecognizer
{
    private const string Format = "2";

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
        RecognizeAsync(encodedImage, pageNumber, null, cancellationToken);

    public async Task<OcrPageResult> RecognizeAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, Key(encodedImage.Span, languages) + ".json");
        if (File.Exists(path))
        {
            await using var cached = File.OpenRead(path);
            var page = await JsonSerializer.DeserializeAsync<OcrPageResult>(cached, OcrJsonOptions.Default, cancellationToken);
            if (page is not null)
            {
                return page with { PageNumber = pageNumber };
            }
        }

        var result = await inner.RecognizeAsync(encodedImage, pageNumber, languages, cancellationToken);
        Directory.CreateDirectory(directory);
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(result, OcrJsonOptions.Default), cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return result;
    }

    public void ValidateLanguages(string languages) => inner.ValidateLanguages(languages);

    /// <summary>Not cached: a few lines per document, read by the engine every run.</summary>
    public Task<IReadOnlyList<OcrLine?>> ReadLinesAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, IReadOnlyList<LineRead> reads, string languages, CancellationToken cancellationToken) =>
        inner.ReadLinesAsync(encodedImage, pageNumber, reads, languages, cancellationToken);

    public int MaxParallelPages => inner.MaxParallelPages;

    private string Key(ReadOnlySpan<byte> image, string? languages)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(image);
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{languages ?? "default"}\n{settings}\n{Format}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
