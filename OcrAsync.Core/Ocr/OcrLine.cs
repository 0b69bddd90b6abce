namespace OcrAsync.Core.Ocr;

/// <summary>
/// One recognised text line with its mean confidence (0–1) and position on the page. <see cref="Words"/>, when the
/// source gives them, let the extractor split a line that joins side-by-side columns at its wide gaps.
/// </summary>
public sealed record OcrLine(string Text, double Confidence, BoundingBox Box)
{
    public IReadOnlyList<OcrWord> Words { get; init; } = [];

    public bool Equals(OcrLine? other) =>
        other is not null && Text == other.Text && Confidence.Equals(other.Confidence) && Box == other.Box && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => HashCode.Combine(Text, Confidence, Box, Words.Count);
}
