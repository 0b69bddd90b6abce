namespace OcrAsync.Core.Processing;

/// <summary>What the pipeline produced for one document.</summary>
public sealed record InvoiceOcrResult(string Text, double Confidence, int PageCount, InvoiceData Invoice)
{
    /// <summary>What was read on each page, words and boxes included (kept so a correction can be learned from).</summary>
    public IReadOnlyList<Ocr.OcrPageResult> Pages { get; init; } = [];
}
