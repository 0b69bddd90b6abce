using System.Buffers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace OcrAsync.Api.Uploads;

/// <summary>
/// Reads a multipart/form-data body section by section: each file straight from the socket into one array, each other
/// field as text. The framework's form reader first copies every file into a buffer (a temporary file above
/// <see cref="UploadOptions.MemoryBufferBytes"/>) that the upload then copies again into the array it keeps: under
/// load that file traffic was the largest share of the API's CPU for large uploads (BENCHMARKS.md, "system-cpu").
/// Memory stays what the upload keeps anyway, plus one transient copy of a file: use it where the body is capped at
/// one file's size, not for bulk uploads (their files would all be held at once).
/// </summary>
public static class StreamedForm
{
    private const int ChunkBytes = 256 * 1024;
    private static readonly FormOptions Defaults = new();

    /// <summary>Reads the whole body; throws <see cref="InvalidDataException"/> when it is not well-formed multipart.</summary>
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = MediaTypeHeaderValue.Parse(request.ContentType);
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary))
        {
            throw new InvalidDataException("Missing content-type boundary.");
        }

        if (boundary.Length > Defaults.MultipartBoundaryLengthLimit)
        {
            throw new InvalidDataException($"Multipart boundary length limit {Defaults.MultipartBoundaryLengthLimit} exceeded.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        var fields = new KeyValueAccumulator();
        var files = new FormFileCollection();
        var sections = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (++sections > Defaults.ValueCountLimit)
            {
                throw new InvalidDataException($"Form value count limit {Defaults.ValueCountLimit} exceeded.");
            }

            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !(disposition.IsFileDisposition() || disposition.IsFormDisposition()))
            {
                throw new InvalidDataException("Form section has invalid Content-Disposition value: " + section.ContentDisposition);
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            if (disposition.IsFileDisposition())
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
                    ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? string.Empty;
                var content = await ReadAllAsync(section.Body, cancellationToken);
                files.Add(new InMemoryFormFile(name, fileName, new HeaderDictionary(section.Headers), content));
            }
            else
            {
                fields.Append(name, await ReadTextAsync(section.Body, cancellationToken));
            }
        }

        return new FormCollection(fields.HasValues ? fields.GetResults() : null, files);
    }

    /// <summary>
    /// One array of the file's exact size, filled from pooled chunks as the bytes arrive and copied once: memory follows
    /// what the client really sent, so a declared Content-Length (perhaps never sent, or repeated over many small file
    /// sections) allocates nothing ahead.
    /// </summary>
    private static async Task<byte[]> ReadAllAsync(Stream section, CancellationToken cancellationToken)
    {
        var chunks = new List<byte[]>();
        var length = 0;
        try
        {
            int filled;
            do
            {
                var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                chunks.Add(chunk);
                filled = await section.ReadAtLeastAsync(chunk, chunk.Length, throwOnEndOfStream: false, cancellationToken);
                length = checked(length + filled);
            }
            while (filled == chunks[^1].Length);

            var content = GC.AllocateUninitializedArray<byte>(length);
            var at = 0;
            foreach (var chunk in chunks)
            {
                var take = Math.Min(chunk.Length, length - at);
                chunk.AsSpan(0, take).CopyTo(content.AsSpan(at));
                at += take;
            }

            return content;
        }
        finally
        {
            foreach (var chunk in chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }

    private static async Task<string> ReadTextAsync(Stream section, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(section, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1024, leaveOpen: true);
        var buffer = new char[1024];
        var value = new StringBuilder();
        int read;
        while ((read = await text.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (value.Length + read > Defaults.ValueLengthLimit)
            {
                throw new InvalidDataException($"Form value length limit {Defaults.ValueLengthLimit} exceeded.");
            }

            value.Append(buffer, 0, read);
        }

        return value.ToString();
    }
}
