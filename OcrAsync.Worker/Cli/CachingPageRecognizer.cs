using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OcrAsync.Core.Ocr.Preprocessing;

namespace OcrAsync.Worker.Cli;

/// <summary>
/// For <c>extract --ocr-cache DIR</c>: keeps what the engine read from each page image, keyed by the image's bytes and
/// the languages and the engine <paramref name="settings"/>, so reruns while tuning a template or the extractor skip OCR. Bump <see cref="Format"/> when
/// <see cref="OcrPageResult"/> gains data, so old entries are not reused. Words keep the engine's confidence
/// (<see cref="OcrCacheJsonOptions"/>), which a stored result leaves out.
/// </summary>
public sealed class CachingPageRecognizer(IPageRecognizer inner, string directory, string settings = "") : IPageRecognizer
{
    private const string Format = "4";

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
        RecognizeAsync(encodedImage, pageNumber, null, cancellationToken);

    public async Task<OcrPageResult> RecognizeAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, Key(encodedImage.Span, languages, string.Empty) + ".json");
        return await ReadAsync(path, pageNumber, cancellationToken)
            ?? await WriteAsync(path, await inner.RecognizeAsync(encodedImage, pageNumber, languages, cancellationToken), cancellationToken);
    }

    /// <summary>The second read's own key, with how it darkens: a second read cached before the darkening is not reused.</summary>
    private static readonly string AgainKey = string.Create(CultureInfo.InvariantCulture, $"again{SecondReads.InkExponent}-{SecondReads.GrainFromRoughness}");

    /// <summary>Cached under its own key; a page that gets no second read is asked again every run (the engine answers that without OCR).</summary>
    public async Task<OcrPageResult?> ReadPageAgainAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, Key(encodedImage.Span, languages, AgainKey) + ".json");
        if (await ReadAsync(path, pageNumber, cancellationToken) is { } cached)
        {
            return cached;
        }

        return await inner.ReadPageAgainAsync(encodedImage, pageNumber, languages, cancellationToken) is { } read
            ? await WriteAsync(path, read, cancellationToken)
            : null;
    }

    private static async Task<OcrPageResult?> ReadAsync(string path, int pageNumber, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        await using var cached = File.OpenRead(path);
        var page = await JsonSerializer.DeserializeAsync<OcrPageResult>(cached, OcrCacheJsonOptions.Default, cancellationToken);
        return page is null ? null : page with { PageNumber = pageNumber };
    }

    private async Task<OcrPageResult> WriteAsync(string path, OcrPageResult result, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(result, OcrCacheJsonOptions.Default), cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return result;
    }

    public void ValidateLanguages(string languages) => inner.ValidateLanguages(languages);

    /// <summary>Not cached: a few lines per document, read by the engine every run.</summary>
    public Task<IReadOnlyList<OcrLine?>> ReadLinesAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, IReadOnlyList<LineRead> reads, string? languages, CancellationToken cancellationToken) =>
        inner.ReadLinesAsync(encodedImage, pageNumber, reads, languages, cancellationToken);

    public bool MayReadPageAgain(OcrPageResult firstRead) => inner.MayReadPageAgain(firstRead);

    public int MaxParallelPages => inner.MaxParallelPages;

    private string Key(ReadOnlySpan<byte> image, string? languages, string read)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(image);
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{languages ?? "default"}\n{settings}\n{Format}\n{read}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
