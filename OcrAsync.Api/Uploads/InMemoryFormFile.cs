namespace OcrAsync.Api.Uploads;

/// <summary>An uploaded file read whole into an array of its exact size (<see cref="StreamedForm"/>).</summary>
public sealed class InMemoryFormFile(string name, string fileName, IHeaderDictionary headers, byte[] content) : IFormFile
{
    /// <summary>The file's bytes: the upload keeps this array, no copy is made.</summary>
    public byte[] Content => content;

    public string ContentType => Headers.ContentType.ToString();

    public string ContentDisposition => Headers.ContentDisposition.ToString();

    public IHeaderDictionary Headers => headers;

    public long Length => content.Length;

    public string Name => name;

    public string FileName => fileName;

    public Stream OpenReadStream() => new MemoryStream(content, writable: false);

    public void CopyTo(Stream target) => target.Write(content);

    public Task CopyToAsync(Stream target, CancellationToken cancellationToken = default) =>
        target.WriteAsync(content, cancellationToken).AsTask();
}
