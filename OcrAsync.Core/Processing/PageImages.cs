namespace OcrAsync.Core.Processing;

/// <summary>
/// The image of page 1 of one document, kept while its pages are read so the extracted vendor line can be read again
/// (<see cref="VendorLineReread"/>): the seller's name is on the first page. Only page 1, so a long document's images
/// are not held.
/// </summary>
internal sealed class PageImages
{
    private const int KeptPage = 1;

    private ReadOnlyMemory<byte>? _first;

    public void Keep(int pageNumber, ReadOnlyMemory<byte> image)
    {
        if (pageNumber == KeptPage)
        {
            _first = image;
        }
    }

    public ReadOnlyMemory<byte>? Get(int pageNumber) => pageNumber == KeptPage ? _first : null;
}
