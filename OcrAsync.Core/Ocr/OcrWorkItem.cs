namespace OcrAsync.Core.Ocr;

/// <summary>A queued page. Only the engine thread completes it once it has started, so the caller's buffer stays valid while decoded.</summary>
internal sealed class OcrWorkItem(ReadOnlyMemory<byte> image, int pageNumber, string? languages, CancellationToken cancellationToken, IReadOnlyList<LineRead>? lines = null, bool readAgain = false)
{
    private const int Queued = 0;
    private const int Started = 1;
    private const int Cancelled = 2;

    private int _state;

    public ReadOnlyMemory<byte> Image { get; } = image;

    public int PageNumber { get; } = pageNumber;

    /// <summary>Null: the pool's default languages.</summary>
    public string? Languages { get; } = languages;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Set: read only these lines of the page, not the whole page.</summary>
    public IReadOnlyList<LineRead>? Lines { get; } = lines;

    /// <summary>True: the page's second read (<see cref="IPageRecognizer.ReadPageAgainAsync"/>), not its first.</summary>
    public bool ReadAgain { get; } = readAgain;

    public TaskCompletionSource<OcrPageResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True when the item may run; false when it was cancelled while queued.</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

    /// <summary>Cancels the item if no engine has picked it up yet.</summary>
    public void CancelIfQueued()
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            Completion.TrySetCanceled(CancellationToken);
        }
    }
}
