namespace OcrAsync.Core.Ocr;

/// <summary>
/// The engines of one pool thread: the default language's engine, plus engines for other languages created on first
/// use and kept (loading a model costs ~0.1–0.3 s, a page ~0.6 s). Bounded: a few language lists exist. The line models
/// are preloaded at warm-up and never evicted.
/// </summary>
internal sealed class EngineSet(TesseractEngine defaultEngine, OcrEngineOptions options, int index, ILogger logger) : IDisposable
{
    private const int MaxExtraEngines = 3;

    private readonly Dictionary<string, TesseractEngine> _pinned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TesseractEngine> _extra = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public TesseractEngine Default => defaultEngine;

    public TesseractEngine For(string? languages)
    {
        if (languages is null || languages == defaultEngine.Languages)
        {
            return defaultEngine;
        }

        if (_pinned.TryGetValue(languages, out var engine) || _extra.TryGetValue(languages, out engine))
        {
            return engine;
        }

        if (_extra.Count == MaxExtraEngines)
        {
            var oldest = _order.Dequeue();
            _extra.Remove(oldest, out var evicted);
            evicted?.Dispose();
        }

        engine = Load(languages);
        _extra.Add(languages, engine);
        _order.Enqueue(languages);
        return engine;
    }

    /// <summary>Loads <paramref name="languages"/> now and keeps them for good (not counted among the evictable extras).</summary>
    public void Preload(string languages)
    {
        if (languages != defaultEngine.Languages && !_pinned.ContainsKey(languages))
        {
            _pinned.Add(languages, Load(languages));
        }
    }

    private TesseractEngine Load(string languages)
    {
        var stopwatch = Stopwatch.StartNew();
        var engine = new TesseractEngine(options.TessDataPath, languages, options.Preprocessing);
        OcrEngineLog.LanguageLoaded(logger, index, languages, stopwatch.ElapsedMilliseconds);
        return engine;
    }

    public void Dispose()
    {
        foreach (var engine in _extra.Values.Concat(_pinned.Values))
        {
            engine.Dispose();
        }

        defaultEngine.Dispose();
    }
}
