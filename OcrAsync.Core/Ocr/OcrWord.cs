namespace OcrAsync.Core.Ocr;

/// <summary>One recognised word and its position on the page.</summary>
public sealed record OcrWord(string Text, BoundingBox Box)
{
    /// <summary>
    /// The engine's confidence in this word (0–1), when known: a line's mean hides one sure word among specks read
    /// beside it (a closer read of a vendor's row, <see cref="Invoices.NameReread"/>). Not stored with a result.
    /// </summary>
    [JsonIgnore]
    public double? Confidence { get; init; }

    /// <summary>
    /// The engine's confidence in each character of <see cref="Text"/> (0–1), in order, when known: one doubtful
    /// digit inside a sure word does not show in the word's own confidence. Not stored with a result.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<double> SymbolConfidences { get; init; } = [];

    public bool Equals(OcrWord? other) =>
        other is not null && Text == other.Text && Box == other.Box && Confidence == other.Confidence
        && SymbolConfidences.SequenceEqual(other.SymbolConfidences);

    public override int GetHashCode() => HashCode.Combine(Text, Box, Confidence);
}
