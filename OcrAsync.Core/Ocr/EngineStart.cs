namespace OcrAsync.Core.Ocr;

/// <summary>Start-up signals of one engine thread.</summary>
internal sealed class EngineStart(int index, OcrEngineOptions options)
{
    public int Index { get; } = index;

    public OcrEngineOptions Options { get; } = options;

    public TaskCompletionSource Created { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource WarmedUp { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
