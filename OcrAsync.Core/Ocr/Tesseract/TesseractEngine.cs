using System.Runtime.InteropServices;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>One Tesseract instance. Not thread-safe: use it from one thread at a time (see <see cref="OcrEnginePool"/>).</summary>
public sealed unsafe class TesseractEngine : IDisposable
{
    /// <summary>Used when the image carries no resolution or an implausible one; renders and scans are mostly 300 dpi.</summary>
    public const int DefaultDpi = 300;

    private readonly TessBaseApiHandle _api;
    private readonly OcrPreprocessingOptions _preprocessing;

    /// <param name="tessDataPath">Folder holding the .traineddata files; null uses the library's default.</param>
    /// <param name="languages">Tesseract language list, e.g. "eng+vie".</param>
    /// <param name="preprocessing">Upscaling and second-pass settings; null uses the defaults.</param>
    public TesseractEngine(string? tessDataPath, string languages, OcrPreprocessingOptions? preprocessing = null)
    {
        _preprocessing = preprocessing ?? new OcrPreprocessingOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(languages);
        Leptonica.SetMsgSeverity(Leptonica.SeverityNone);

        _api = TessApi.BaseApiCreate();
        if (_api.IsInvalid)
        {
            throw new InvalidOperationException("TessBaseAPICreate returned null.");
        }

        TessApi.BaseApiSetVariable(_api, "debug_file", "/dev/null");
        // Init succeeds when at least one language loads and skips the others, so compare what was loaded.
        var failed = TessApi.BaseApiInit2(_api, tessDataPath, languages, TessApi.OemLstmOnly) != 0;
        var missing = failed
            ? languages.Split('+')
            : languages.Split('+').Except(TessApi.TakeTextArray(TessApi.BaseApiGetLoadedLanguages(_api)), StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            _api.Dispose();
            throw new InvalidOperationException(
                $"Tesseract could not load language(s) '{languages}' (missing: {string.Join(", ", missing)}) from tessdata path " +
                $"'{tessDataPath ?? "(library default)"}'. Check that a <lang>.traineddata file exists there for each language.");
        }

        TessApi.BaseApiSetVariable(_api, "debug_file", "/dev/null");
        TessApi.BaseApiSetPageSegMode(_api, (int)_preprocessing.PageSegmentation);
        Languages = languages;
    }

    public string Languages { get; }

    /// <summary>Languages with a .traineddata file in this engine's tessdata folder (includes "osd").</summary>
    public IReadOnlyList<string> InstalledLanguages => TessApi.TakeTextArray(TessApi.BaseApiGetAvailableLanguages(_api));

    /// <summary>Tesseract's version string, e.g. "5.3.0".</summary>
    public static string Version => Marshal.PtrToStringUTF8(TessApi.Version()) ?? string.Empty;

    /// <exception cref="UnreadableDocumentException">The bytes are not a decodable image.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before or during recognition.</exception>
    public OcrPageResult Recognize(ReadOnlySpan<byte> encodedImage, int pageNumber, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        cancellationToken.ThrowIfCancellationRequested();

        using var decoded = Decode(encodedImage);
        return Recognize(decoded, pageNumber, cancellationToken);
    }

    /// <summary>
    /// Reads an already decoded page. <paramref name="decoded"/> is not changed beyond its resolution, so the caller may
    /// keep it for a later <see cref="ReadLines(PixHandle, int, IReadOnlyList{LineRead}, CancellationToken)"/>.
    /// </summary>
    internal OcrPageResult Recognize(PixHandle decoded, int pageNumber, CancellationToken cancellationToken) =>
        Read(decoded, pageNumber, secondRead: false, cancellationToken)!;

    /// <summary>
    /// The second read of a page whose document lacks a key field (<see cref="OcrPreprocessingOptions.SecondReadOfMissingFields"/>):
    /// a narrow photo page read again at the other scale (<see cref="SecondReads.Scale"/>) in one pass. Null when the page
    /// gets no second read (a clean render, a wide page, or the option off): the caller keeps the first read.
    /// </summary>
    internal OcrPageResult? ReadAgain(PixHandle decoded, int pageNumber, CancellationToken cancellationToken) =>
        Read(decoded, pageNumber, secondRead: true, cancellationToken);

    private OcrPageResult? Read(PixHandle decoded, int pageNumber, bool secondRead, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var width = Leptonica.PixGetWidth(decoded);
        var height = Leptonica.PixGetHeight(decoded);
        var dpi = IsPlausibleDpi(Leptonica.PixGetXRes(decoded)) && IsPlausibleDpi(Leptonica.PixGetYRes(decoded))
            ? Leptonica.PixGetXRes(decoded)
            : DefaultDpi;

        // Grey statistics decide the page kind (photo or render) and the text height: both cheap, no OCR pass.
        PagePlan plan;
        PixHandle? scaled;
        using (var grey = Leptonica.Grey(decoded))
        {
            plan = PageAnalysis.Plan(grey, width, _preprocessing);
            if (secondRead)
            {
                if (SecondReads.Scale(plan, width, _preprocessing) is not { } other)
                {
                    return null;
                }

                plan = plan with { Scale = other };
            }

            // Small text reads better enlarged, large text as well and sooner reduced; boxes are scaled back to the page.
            // Leptonica shrinks a 1 bpp image by dropping pixels, which breaks thin strokes: shrink its grey copy instead.
            // The second read darkens pale ink first (SecondReads.InkExponent): a faded band of thermal print stays ink.
            using var dark = secondRead && !grey.IsInvalid && SecondReads.Darkens(plan.Levels) ? FieldPass.Darken(grey, SecondReads.InkExponent) : null;
            var source = dark is { IsInvalid: false } ? dark
                : plan.Scale < 1 && Leptonica.PixGetDepth(decoded) == 1 && !grey.IsInvalid ? grey
                : decoded;
            scaled = plan.Scale != 1 ? Leptonica.PixScale(source, (float)plan.Scale, (float)plan.Scale)
                : source == dark ? Leptonica.PixClone(dark)
                : null;
        }

        var scale = plan.Scale;
        using var pix = scaled;
        var page = pix is { IsInvalid: false } ? pix : decoded;
        scale = page == decoded ? 1 : scale;
        var resolution = (int)Math.Round(dpi * scale);
        Leptonica.PixSetResolution(page, resolution, resolution);
        var thresholding = plan.Kind == PageKind.Photo ? _preprocessing.PhotoThresholding : ThresholdingMethod.Otsu;
        SetThresholding(thresholding);

        // The second read is one plain pass: its worth is the other scale, not the repair passes the first read had.
        Func<OcrPageResult> read = secondRead
            ? () => RecognizePass(page, pageNumber, width, height, scale, cancellationToken).Page
            : () => RecognizePasses(page, pageNumber, width, height, scale, resolution, plan.Kind, thresholding, cancellationToken);
        // The second read keeps the page's layout analysis at any scale: its worth is other pixels, and one block lost a
        // small-print date beside tall text that the layout analysis of the enlarged page finds (SecondReadTests).
        var segmentation = PageAnalysis.Segmentation(width, height, secondRead ? 1 : scale, _preprocessing);
        var result = segmentation == _preprocessing.PageSegmentation ? read() : WithSegmentation((int)segmentation, read);
        return result with { Kind = plan.Kind };
    }

    private OcrPageResult RecognizePasses(
        PixHandle page, int pageNumber, int width, int height, double scale, int resolution, PageKind kind, ThresholdingMethod thresholding,
        CancellationToken cancellationToken)
    {
        var best = RecognizePass(page, pageNumber, width, height, scale, cancellationToken);
        var bestPix = page;
        using var filtered = best.Page.Confidence < _preprocessing.MedianPassBelowConfidence ? MedianFiltered(page, resolution) : null;
        if (filtered is not null)
        {
            // Low confidence means noise or speckle: a 3x3 median filter fixes those pages (design.md §4); keep the better pass.
            var second = RecognizePass(filtered, pageNumber, width, height, scale, cancellationToken);
            (best, bestPix) = second.Page.Confidence > best.Page.Confidence ? (second, filtered) : (best, bestPix);
        }

        if (thresholding != ThresholdingMethod.AdaptiveOtsu && SparseText.IsSparse(best.Page.Text, _preprocessing))
        {
            // Next to nothing read: a global threshold that lost the text to uneven light. Adaptive Otsu thresholds by tiles.
            SetThresholding(ThresholdingMethod.AdaptiveOtsu);
            var adaptive = RecognizePass(page, pageNumber, width, height, scale, cancellationToken);
            (best, bestPix) = SparseText.ReadableWords(adaptive.Page.Text) > SparseText.ReadableWords(best.Page.Text) ? (adaptive, page) : (best, bestPix);
        }

        var fieldPassBelow = kind == PageKind.Photo
            ? Math.Max(_preprocessing.PhotoFieldPassBelowConfidence, _preprocessing.FieldPassBelowConfidence)
            : _preprocessing.FieldPassBelowConfidence;
        return FieldPass.Improve(this, best, bestPix, scale, fieldPassBelow, cancellationToken);
    }

    /// <summary>
    /// Reads lines of the page again, each cropped to its box (page pixels) and scaled as <see cref="LineRead"/> says; the
    /// result holds one line per read, in order, with empty text where nothing was read.
    /// </summary>
    public OcrPageResult ReadLines(ReadOnlySpan<byte> encodedImage, int pageNumber, IReadOnlyList<LineRead> lines, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        cancellationToken.ThrowIfCancellationRequested();

        using var decoded = Decode(encodedImage);
        return ReadLines(decoded, pageNumber, lines, cancellationToken);
    }

    /// <summary>The same from the page's decoded image (kept from its first read): only the lines' boxes are cropped and read.</summary>
    internal OcrPageResult ReadLines(PixHandle decoded, int pageNumber, IReadOnlyList<LineRead> lines, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var width = Leptonica.PixGetWidth(decoded);
        var height = Leptonica.PixGetHeight(decoded);
        if (!IsPlausibleDpi(Leptonica.PixGetXRes(decoded)))
        {
            Leptonica.PixSetResolution(decoded, DefaultDpi, DefaultDpi);
        }

        // Set here, not inherited: the engine's last page may have left adaptive thresholding on (a sparse page's
        // repair pass), and a cached first read skips the page's own setting, so the same lines read otherwise.
        SetThresholding(ThresholdingMethod.Otsu);
        var empty = new OcrPageResult(pageNumber, string.Empty, 0, width, height, []);
        var read = lines
            .Select(l => (l.Block
                ? FieldPass.ReadBlock(this, l.Box, l.LineHeight ?? l.Box.Height, decoded, empty, cancellationToken, l.InkExponent)
                : FieldPass.Reread(this, l.Box, decoded, 1, empty, cancellationToken, l.LineHeight, l.InkExponent)?.Line) ?? new OcrLine(string.Empty, 0, l.Box))
            .ToList();
        return empty with { Text = string.Join('\n', read.Select(l => l.Text)), Confidence = read.Count == 0 ? 0 : read.Average(l => l.Confidence), Lines = read };
    }

    private void SetThresholding(ThresholdingMethod method) =>
        TessApi.BaseApiSetVariable(_api, "thresholding_method", ((int)method).ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal static PixHandle? MedianFiltered(PixHandle page, int resolution)
    {
        using var grey = Leptonica.Grey(page);
        var filtered = grey.IsInvalid ? null : Leptonica.PixMedianFilter(grey, 3, 3);
        if (filtered is null || filtered.IsInvalid)
        {
            filtered?.Dispose();
            return null;
        }

        Leptonica.PixSetResolution(filtered, resolution, resolution);
        return filtered;
    }

    /// <summary>One recognition of <paramref name="pix"/> with the current page segmentation; boxes divided by <paramref name="scale"/>.</summary>
    internal RecognizedPage RecognizePass(PixHandle pix, int pageNumber, int width, int height, double scale, CancellationToken cancellationToken)
    {
        try
        {
            TessApi.BaseApiSetImage2(_api, pix);
            RecognizeCancellable(cancellationToken);

            var text = TessApi.TakeText(TessApi.BaseApiGetUtf8Text(_api));
            var confidence = Math.Clamp(TessApi.BaseApiMeanTextConf(_api) / 100.0, 0, 1);
            var lines = ReadLines(scale);
            return new RecognizedPage(new OcrPageResult(pageNumber, text, confidence, width, height, lines.Select(l => l.Line).ToList()), lines);
        }
        finally
        {
            TessApi.BaseApiClear(_api);
        }
    }

    /// <summary>Runs <paramref name="read"/> with Tesseract's page segmentation set to <paramref name="mode"/>, then restores the configured one.</summary>
    internal T WithSegmentation<T>(int mode, Func<T> read)
    {
        TessApi.BaseApiSetPageSegMode(_api, mode);
        try
        {
            return read();
        }
        finally
        {
            TessApi.BaseApiSetPageSegMode(_api, (int)_preprocessing.PageSegmentation);
        }
    }

    internal OcrPreprocessingOptions Preprocessing => _preprocessing;

    public void Dispose() => _api.Dispose();

    internal static PixHandle Decode(ReadOnlySpan<byte> encodedImage)
    {
        if (encodedImage.IsEmpty)
        {
            throw new UnreadableDocumentException("The image is empty (0 bytes).");
        }

        PixHandle pix;
        fixed (byte* data = encodedImage)
        {
            pix = Leptonica.PixReadMem(data, (nuint)encodedImage.Length);
        }

        if (pix.IsInvalid)
        {
            pix.Dispose();
            throw new UnreadableDocumentException("The image could not be decoded (corrupt or unsupported format).");
        }

        return pix;
    }

    private static bool IsPlausibleDpi(int dpi) => dpi is >= 70 and <= 2400;

    /// <summary>Runs recognition with a monitor whose cancel callback reads a native flag the token sets.</summary>
    private void RecognizeCancellable(CancellationToken cancellationToken)
    {
        var flag = (int*)NativeMemory.AllocZeroed(sizeof(int));
        var monitor = TessApi.MonitorCreate();
        try
        {
            TessApi.MonitorSetCancelFunc(monitor, &IsCancelled);
            TessApi.MonitorSetCancelThis(monitor, (IntPtr)flag);
            int status;
            using (cancellationToken.Register(static state => Volatile.Write(ref *(int*)(IntPtr)state!, 1), (IntPtr)flag))
            {
                status = TessApi.BaseApiRecognize(_api, monitor);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (status != 0)
            {
                throw new InvalidOperationException($"Tesseract recognition failed (status {status}).");
            }
        }
        finally
        {
            TessApi.MonitorDelete(monitor);
            NativeMemory.Free(flag);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte IsCancelled(IntPtr cancelThis, int words) => (byte)(Volatile.Read(ref *(int*)cancelThis) != 0 ? 1 : 0);

    /// <summary>Walks the result word by word; each text line starts a new <see cref="OcrLine"/> that gathers its words.</summary>
    private List<ScoredLine> ReadLines(double scale)
    {
        var lines = new List<ScoredLine>();
        using var iterator = TessApi.BaseApiGetIterator(_api);
        if (iterator.IsInvalid)
        {
            return lines; // Nothing recognised on the page.
        }

        var pageIterator = TessApi.ResultIteratorGetPageIterator(iterator); // Borrowed: freed with the result iterator.
        OcrLine? line = null;
        List<OcrWord> words = [];
        List<double> confidences = [];
        do
        {
            if (TessApi.PageIteratorIsAtBeginningOf(pageIterator, TessApi.RilTextLine) != 0)
            {
                Flush();
                var text = TessApi.TakeText(TessApi.ResultIteratorGetUtf8Text(iterator, TessApi.RilTextLine)).TrimEnd();
                line = text.Length > 0 && Box(TessApi.RilTextLine) is { } box
                    ? new OcrLine(text, Math.Clamp(TessApi.ResultIteratorConfidence(iterator, TessApi.RilTextLine) / 100.0, 0, 1), box)
                    : null;
            }

            var word = TessApi.TakeText(TessApi.ResultIteratorGetUtf8Text(iterator, TessApi.RilWord)).Trim();
            if (line is not null && word.Length > 0 && Box(TessApi.RilWord) is { } wordBox)
            {
                var confidence = Math.Clamp(TessApi.ResultIteratorConfidence(iterator, TessApi.RilWord) / 100.0, 0, 1);
                words.Add(new OcrWord(word, wordBox) { Confidence = confidence });
                confidences.Add(confidence);
            }
        }
        while (TessApi.ResultIteratorNext(iterator, TessApi.RilWord) != 0);

        Flush();
        return lines;

        BoundingBox? Box(int level) =>
            TessApi.PageIteratorBoundingBox(pageIterator, level, out var left, out var top, out var right, out var bottom) == 0
                ? null
                : new BoundingBox((int)(left / scale), (int)(top / scale), (int)((right - left) / scale), (int)((bottom - top) / scale));

        void Flush()
        {
            if (line is not null)
            {
                lines.Add(new ScoredLine(line with { Words = words }, confidences));
            }

            line = null;
            words = [];
            confidences = [];
        }
    }
}
