namespace OcrAsync.Core.Ocr;

internal static partial class OcrEngineLog
{
    [LoggerMessage(1, LogLevel.Information, "Starting {EngineCount} OCR engine(s) for languages {Languages}, Tesseract {Version}")]
    public static partial void Starting(ILogger logger, int engineCount, string languages, string version);

    [LoggerMessage(2, LogLevel.Information, "OCR engine {Engine} warmed up in {ElapsedMs} ms")]
    public static partial void WarmedUp(ILogger logger, int engine, long elapsedMs);

    [LoggerMessage(3, LogLevel.Error, "OCR engine {Engine} warm-up failed")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception, int engine);

    [LoggerMessage(4, LogLevel.Information, "All {EngineCount} OCR engine(s) are ready")]
    public static partial void Ready(ILogger logger, int engineCount);

    [LoggerMessage(5, LogLevel.Warning, "OMP_THREAD_LIMIT is not set for native code; Tesseract pages may take 5x longer. Set it in the process environment before start-up")]
    public static partial void OpenMpThreadLimitMissing(ILogger logger);

    [LoggerMessage(6, LogLevel.Information, "OCR engine {Engine} loaded languages {Languages} in {ElapsedMs} ms")]
    public static partial void LanguageLoaded(ILogger logger, int engine, string languages, long elapsedMs);

    [LoggerMessage(7, LogLevel.Warning, "OCR engine {Engine} could not lower its thread priority to nice {Nice} (errno {Errno}); it runs at the process's priority")]
    public static partial void NiceFailed(ILogger logger, int engine, int nice, int errno);

    [LoggerMessage(8, LogLevel.Warning, "OCR language(s) {Languages} are not installed: the closer read of the vendor line is skipped (install tesseract-ocr-script-latn for the Latin model)")]
    public static partial void LineLanguagesMissing(ILogger logger, string languages);
}
