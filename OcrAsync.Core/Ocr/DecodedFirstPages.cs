namespace OcrAsync.Core.Ocr;

/// <summary>
/// The decoded images of the last first pages read, kept so the later reads of that page (the vendor line's,
/// <see cref="IPageRecognizer.ReadLinesAsync"/>, and the missing fields' second read, <see cref="IPageRecognizer.ReadPageAgainAsync"/>)
/// use them instead of decoding the file again (the decode of an A4 PNG is ~40 % of a line read). Keyed by the caller's
/// buffer (the same memory, its length and its first and last bytes); a read borrows the image and puts it back
/// (<see cref="Read{T}"/>), so a page is decoded once however many reads follow. Bounded: the oldest image goes when a
/// newer one comes, so a document holds its image only until the next documents' first pages are read.
/// </summary>
internal sealed class DecodedFirstPages(int capacity) : IDisposable
{
    /// <summary>The seller's name is on the first page; later pages are never kept.</summary>
    public const int KeptPage = 1;

    private const int SampledBytes = 4096;

    private readonly LinkedList<(ReadOnlyMemory<byte> Image, int Fingerprint, PixHandle Pix)> _pages = new();
    private readonly Lock _lock = new();
    private int _decoded;

    /// <summary>Images <see cref="Read{T}"/> had to decode because none was kept (for tests).</summary>
    public int Decoded => Volatile.Read(ref _decoded);

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _pages.Count;
            }
        }
    }

    /// <summary>Takes ownership of <paramref name="pix"/>, the decoded <paramref name="image"/>.</summary>
    public void Keep(ReadOnlyMemory<byte> image, PixHandle pix)
    {
        var fingerprint = Fingerprint(image.Span);
        lock (_lock)
        {
            _pages.AddLast((image, fingerprint, pix));
            while (_pages.Count > capacity)
            {
                _pages.First!.Value.Pix.Dispose();
                _pages.RemoveFirst();
            }
        }
    }

    /// <summary>The decoded image of <paramref name="image"/>, now the caller's to dispose; null when it is not kept.</summary>
    public PixHandle? Take(ReadOnlyMemory<byte> image)
    {
        var fingerprint = Fingerprint(image.Span);
        lock (_lock)
        {
            for (var node = _pages.First; node is not null; node = node.Next)
            {
                if (node.Value.Image.Equals(image) && node.Value.Fingerprint == fingerprint)
                {
                    _pages.Remove(node);
                    return node.Value.Pix;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="read"/> of <paramref name="image"/>'s decoded image: the kept one, or decoded now when none is
    /// kept; kept (again) afterwards for the page's next read.
    /// </summary>
    public T Read<T>(ReadOnlyMemory<byte> image, Func<PixHandle, T> read)
    {
        var pix = Take(image);
        if (pix is null)
        {
            pix = TesseractEngine.Decode(image.Span);
            Interlocked.Increment(ref _decoded);
        }

        try
        {
            var result = read(pix);
            Keep(image, pix);
            return result;
        }
        catch
        {
            pix.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var page in _pages)
            {
                page.Pix.Dispose();
            }

            _pages.Clear();
        }
    }

    // A buffer reused for other bytes must not match: its length, head and tail decide (hashing a whole page would cost more than it saves).
    private static int Fingerprint(ReadOnlySpan<byte> image)
    {
        var hash = new HashCode();
        hash.Add(image.Length);
        hash.AddBytes(image[..Math.Min(SampledBytes, image.Length)]);
        hash.AddBytes(image[Math.Max(0, image.Length - SampledBytes)..]);
        return hash.ToHashCode();
    }
}
