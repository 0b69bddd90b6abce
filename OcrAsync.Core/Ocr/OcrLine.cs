namespace OcrAsync.Core.Ocr;

/// <summary>
/// One recognised text line with its mean confidence (0–1) and position on the page. <see cref="Words"/>, when the
/// source gives them, let the extractor split a line that joins side-by-side columns at its wide gaps.
/// </summary>
public sealed record OcrLine(string Text, double Confidence, BoundingBox Box)
{
    public IReadOnlyList<OcrWord> Words { get; init; } = [];

    /// <summary>
    /// Where the line was read: a text-layer page's lines are exact, except those OCR'd from an image drawn on it
    /// (<see cref="Processing.PdfImageText"/>), whose <see cref="Confidence"/> is the engine's.
    /// </summary>
    public PageSource Source { get; init; } = PageSource.Ocr;

    public bool Equals(OcrLine? other) =>
        other is not null && Text == other.Text && Confidence.Equals(other.Confidence) && Box == other.Box && Source == other.Source
        && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => HashCode.Combine(Text, Confidence, Box, Words.Count);
}
