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
}
