using System.Runtime.InteropServices;
using System.Threading.Channels;

namespace OcrAsync.Core.Ocr;

/// <summary>
/// N Tesseract engines, each created on and pinned to its own thread, fed from one queue: one page per engine at a time.
/// Engines are created in the constructor (bad settings fail fast), then warmed up in the background.
/// </summary>
public sealed class OcrEnginePool : IPageRecognizer, IDisposable
{
    private readonly Channel<OcrWorkItem> _queue = Channel.CreateUnbounded<OcrWorkItem>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Thread> _threads = [];
    private readonly ConcurrentBag<int> _nativeThreadIds = [];
    private readonly int[] _pagesRead;
    private readonly ILogger<OcrEnginePool> _logger;
    private readonly Task _ready;
    private readonly DecodedFirstPages _firstPages;
    private readonly OcrPreprocessingOptions _preprocessing;
    private readonly OcrMetrics? _metrics;
    private int _disposed;
    private int _lineLanguagesMissingLogged;

    /// <param name="options">The engines' settings.</param>
    /// <param name="logger">The pool's log.</param>
    /// <param name="metrics">Where each read's engine-thread CPU time goes (<c>ocr.engine.cpu_time</c>); null records nothing.</param>
    public OcrEnginePool(IOptions<OcrEngineOptions> options, ILogger<OcrEnginePool> logger, OcrMetrics? metrics = null)
    {
        var settings = options.Value;
        _logger = logger;
        _metrics = metrics;
        EngineCount = settings.EngineCount;
        _pagesRead = new int[EngineCount];
        _firstPages = new DecodedFirstPages(EngineCount);
        _preprocessing = settings.Preprocessing;
        OcrEngineLog.Starting(logger, EngineCount, settings.Languages, TesseractEngine.Version);

        var created = new List<Task>();
        var warmedUp = new List<Task>();
        for (var i = 0; i < EngineCount; i++)
        {
            var start = new EngineStart(i, settings);
            var thread = new Thread(() => RunEngine(start)) { IsBackground = true, Name = $"ocr-engine-{i}" };
            thread.Start();
            _threads.Add(thread);
            created.Add(start.Created.Task);
            warmedUp.Add(start.WarmedUp.Task);
        }

        try
        {
            Task.WaitAll(created);
        }
        catch (AggregateException ex)
        {
            Dispose();
            throw ex.InnerExceptions[0];
        }

        _ready = Task.WhenAll(warmedUp).ContinueWith(
            t => OcrEngineLog.Ready(logger, EngineCount), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    public int EngineCount { get; }

    /// <summary>The models of the vendor line's second read (<see cref="Invoices.AccentRepair"/>), loaded at warm-up.</summary>
    internal static IReadOnlyList<string> LineModels { get; } = [Invoices.AccentRepair.LatinModel, Invoices.AccentRepair.VietnameseModel];

    public int MaxParallelPages => EngineCount;

    /// <summary>True once every engine has recognised its warm-up page.</summary>
    public bool IsReady => _ready.IsCompletedSuccessfully;

    /// <summary>Completes when <see cref="IsReady"/> becomes true; faults if a warm-up failed.</summary>
    public Task WhenReady => _ready;

    /// <summary>Languages the engines can be asked for (those with a .traineddata file).</summary>
    public OcrLanguages Languages { get; private set; } = new([]);

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
        RecognizeAsync(encodedImage, pageNumber, null, cancellationToken);

    public void ValidateLanguages(string languages) => Languages.Validate(languages);

    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (languages is not null)
        {
            Languages.Validate(languages);
        }

        return Enqueue(new OcrWorkItem(encodedImage, pageNumber, languages, cancellationToken));
    }

    /// <summary>Null, with one warning in the log, when <paramref name="languages"/> are not installed: the caller keeps the first read.</summary>
    public async Task<IReadOnlyList<OcrLine?>> ReadLinesAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, IReadOnlyList<LineRead> reads, string? languages, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (languages is not null && languages.Split('+').Any(l => !Languages.Installed.Contains(l)))
        {
            WarnLineLanguagesMissing(languages);
            return new OcrLine?[reads.Count];
        }

        var read = await Enqueue(new OcrWorkItem(encodedImage, pageNumber, languages, cancellationToken, reads));
        return read.Lines.Select(l => l.Text.Length == 0 ? null : l).ToList();
    }

    /// <summary>Null when the engine's options give this page no second read (<see cref="Preprocessing.SecondReads"/>).</summary>
    public async Task<OcrPageResult?> ReadPageAgainAsync(
        ReadOnlyMemory<byte> encodedImage, int pageNumber, string? languages, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var read = await Enqueue(new OcrWorkItem(encodedImage, pageNumber, languages, cancellationToken, readAgain: true));
        return read.Kind is null ? null : read;
    }

    public bool MayReadPageAgain(OcrPageResult firstRead) =>
        firstRead.Source == PageSource.Ocr && Preprocessing.SecondReads.MayRead(firstRead.Kind, firstRead.Width, _preprocessing);

    private void WarnLineLanguagesMissing(string languages)
    {
        if (Interlocked.Exchange(ref _lineLanguagesMissingLogged, 1) == 0)
        {
            OcrEngineLog.LineLanguagesMissing(_logger, languages);
        }
    }

    private Task<OcrPageResult> Enqueue(OcrWorkItem item)
    {
        var cancellationToken = item.CancellationToken;
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<OcrPageResult>(cancellationToken);
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(static state => ((OcrWorkItem)state!).CancelIfQueued(), item);
            item.Completion.Task.ContinueWith(_ => registration.Dispose(), TaskScheduler.Default);
        }

        if (!_queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(OcrEnginePool));
        }

        return item.Completion.Task;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        _stopping.Cancel();
        foreach (var thread in _threads)
        {
            thread.Join(); // Waits for the page in progress; its engine is freed on its own thread.
        }

        while (_queue.Reader.TryRead(out var item))
        {
            item.Completion.TrySetException(new ObjectDisposedException(nameof(OcrEnginePool)));
        }

        _stopping.Dispose();
        _firstPages.Dispose();
    }

    private void RunEngine(EngineStart start)
    {
        LowerThreadPriority(start);
        TesseractEngine engine;
        try
        {
            engine = new TesseractEngine(start.Options.TessDataPath, start.Options.Languages, start.Options.Preprocessing);
            if (start.Index == 0)
            {
                Languages = new OcrLanguages(engine.InstalledLanguages);
            }

            start.Created.SetResult();
        }
        catch (Exception ex)
        {
            start.Created.SetException(ex);
            start.WarmedUp.TrySetException(ex);
            return;
        }

        using var engines = new EngineSet(engine, start.Options, start.Index, _logger);
        WarmUp(engines, start);
        Serve(engines, start.Index);
    }

    /// <summary>The operating system's ids of the engine threads (for tests that inspect them in /proc).</summary>
    internal IReadOnlyCollection<int> NativeThreadIds => _nativeThreadIds;

    /// <summary>First pages whose decoded image is kept for a line read (for tests).</summary>
    internal int KeptFirstPages => _firstPages.Count;

    /// <summary>First pages decoded again for a later read because their image was no longer kept (for tests).</summary>
    internal int FirstPagesDecodedAgain => _firstPages.Decoded;

    /// <summary>Pages each engine has read since the pool started, warm-up excluded (for tests of how pages spread).</summary>
    internal IReadOnlyList<int> PagesReadByEngine => [.. Enumerable.Range(0, EngineCount).Select(i => Volatile.Read(ref _pagesRead[i]))];

    /// <summary>Lowers this engine thread's priority by <see cref="OcrEngineOptions.EngineThreadNice"/> (Linux only).</summary>
    private void LowerThreadPriority(EngineStart start)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var thread = LibC.GetThreadId();
        _nativeThreadIds.Add(thread);
        if (start.Options.EngineThreadNice == 0)
        {
            return;
        }

        var nice = Math.Min(19, LibC.GetPriority(LibC.PrioProcess, thread) + start.Options.EngineThreadNice);
        if (LibC.SetPriority(LibC.PrioProcess, thread, nice) != 0)
        {
            OcrEngineLog.NiceFailed(_logger, start.Index, nice, Marshal.GetLastPInvokeError());
        }
    }

    /// <summary>
    /// One page read, then the vendor line's models loaded (~0.5 s CPU for Latin): at start, not while the first
    /// documents are being read. A model that is not installed is skipped with one warning; its line reads return null.
    /// </summary>
    private void WarmUp(EngineSet engines, EngineStart start)
    {
        try
        {
            var stopwatch = Stopwatch.StartNew();
            engines.Default.Recognize(WarmUpImage.Create(), 0, _stopping.Token);
            var installed = engines.Default.InstalledLanguages;
            foreach (var model in LineModels)
            {
                if (model.Split('+').All(installed.Contains))
                {
                    engines.Preload(model);
                }
                else
                {
                    WarnLineLanguagesMissing(model);
                }
            }

            OcrEngineLog.WarmedUp(_logger, start.Index, stopwatch.ElapsedMilliseconds);
            start.WarmedUp.SetResult();
        }
        catch (Exception ex)
        {
            OcrEngineLog.WarmUpFailed(_logger, ex, start.Index);
            start.WarmedUp.SetException(ex);
        }
    }

    private void Serve(EngineSet engines, int index)
    {
        var reader = _queue.Reader;
        try
        {
            // Blocking is intended: this thread exists only to own its engine.
            while (reader.WaitToReadAsync(_stopping.Token).AsTask().GetAwaiter().GetResult())
            {
                while (!_stopping.IsCancellationRequested && reader.TryRead(out var item))
                {
                    Process(engines, item, _firstPages, _metrics, ref _pagesRead[index]);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposed: queued items are failed by Dispose.
        }
    }

    private static void Process(EngineSet engines, OcrWorkItem item, DecodedFirstPages firstPages, OcrMetrics? metrics, ref int pagesRead)
    {
        if (!item.TryStart())
        {
            return;
        }

        if (item.Lines is null && !item.ReadAgain)
        {
            Interlocked.Increment(ref pagesRead);
        }

        // Thread CPU, not wall time: the engines share the cores with the rest of the machine (issue 17's benchmarks).
        // Recorded before the caller is released, so that a caller sees its read counted.
        var started = metrics is null ? null : LibC.ThreadCpuTime();
        try
        {
            var engine = engines.For(item.Languages);
            var read = item.Lines is { } lines ? ReadLines(engine, item, lines, firstPages)
                : item.ReadAgain ? ReadAgain(engine, item, firstPages)
                : Recognize(engine, item, firstPages);
            RecordCpu();
            item.Completion.TrySetResult(read);
        }
        catch (OperationCanceledException) when (item.CancellationToken.IsCancellationRequested)
        {
            RecordCpu();
            item.Completion.TrySetCanceled(item.CancellationToken);
        }
        catch (Exception ex)
        {
            RecordCpu();
            item.Completion.TrySetException(ex);
        }

        void RecordCpu()
        {
            if (started is { } before && LibC.ThreadCpuTime() is { } after)
            {
                metrics!.EngineRead(item.Lines is not null ? "line_reads" : item.ReadAgain ? "second_read" : "first_read", after - before);
            }
        }
    }

    /// <summary>A first page's decoded image is kept (<see cref="DecodedFirstPages"/>) for the vendor line's second read.</summary>
    private static OcrPageResult Recognize(TesseractEngine engine, OcrWorkItem item, DecodedFirstPages firstPages)
    {
        if (item.PageNumber != DecodedFirstPages.KeptPage)
        {
            return engine.Recognize(item.Image.Span, item.PageNumber, item.CancellationToken);
        }

        var decoded = TesseractEngine.Decode(item.Image.Span);
        try
        {
            var read = engine.Recognize(decoded, item.PageNumber, item.CancellationToken);
            firstPages.Keep(item.Image, decoded);
            return read;
        }
        catch
        {
            decoded.Dispose();
            throw;
        }
    }

    /// <summary>An empty result without a <see cref="OcrPageResult.Kind"/> when the page gets no second read.</summary>
    private static OcrPageResult ReadAgain(TesseractEngine engine, OcrWorkItem item, DecodedFirstPages firstPages) =>
        ReadDecoded(item, firstPages, decoded => engine.ReadAgain(decoded, item.PageNumber, item.CancellationToken))
            ?? new OcrPageResult(item.PageNumber, string.Empty, 0, 0, 0, []);

    private static OcrPageResult ReadLines(TesseractEngine engine, OcrWorkItem item, IReadOnlyList<LineRead> lines, DecodedFirstPages firstPages) =>
        ReadDecoded(item, firstPages, decoded => engine.ReadLines(decoded, item.PageNumber, lines, item.CancellationToken));

    /// <summary>A first page's later reads share its decoded image (<see cref="DecodedFirstPages.Read{T}"/>); other pages are decoded for the read.</summary>
    private static T ReadDecoded<T>(OcrWorkItem item, DecodedFirstPages firstPages, Func<PixHandle, T> read)
    {
        if (item.PageNumber == DecodedFirstPages.KeptPage)
        {
            return firstPages.Read(item.Image, read);
        }

        using var decoded = TesseractEngine.Decode(item.Image.Span);
        return read(decoded);
    }
}
