using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OcrAsync.Core.Ocr.Tesseract;

namespace OcrAsync.Core.Ocr;

/// <summary>
/// The engines of one pool thread: the default language's engine, plus engines for other languages created on first
/// use and kept (loading a model costs ~0.1–0.3 s, a page ~0.6 s). Bounded: a few language lists exist.
/// </summary>
internal sealed class EngineSet(TesseractEngine defaultEngine, OcrEngineOptions options, int index, ILogger logger) : IDisposable
{
    private const int MaxExtraEngines = 3;

    private readonly Dictionary<string, TesseractEngine> _extra = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public TesseractEngine Default => defaultEngine;

    public TesseractEngine For(string? languages)
    {
        if (languages is null || languages == defaultEngine.Languages)
        {
            return defaultEngine;
        }

        if (_extra.TryGetValue(languages, out var engine))
        {
            return engine;
        }

        if (_extra.Count == MaxExtraEngines)
        {
            var oldest = _order.Dequeue();
            _extra.Remove(oldest, out var evicted);
            evicted?.Dispose();
        }

        var stopwatch = Stopwatch.StartNew();
        engine = new TesseractEngine(options.TessDataPath, languages, options.Preprocessing);
        OcrEngineLog.LanguageLoaded(logger, index, languages, stopwatch.ElapsedMilliseconds);
        _extra.Add(languages, engine);
        _order.Enqueue(languages);
        return engine;
    }

    public void Dispose()
    {
        foreach (var engine in _extra.Values)
        {
            engine.Dispose();
        }

        defaultEngine.Dispose();
    }
}
