namespace OcrAsync.Core.Invoices;

/// <summary>One OCR line with its folded label form (same length as <see cref="Text"/>) and provenance.</summary>
internal sealed record InvoiceTextLine(string Text, string Label, double Confidence, int Page, BoundingBox? Box, int Index)
{
    private const int MaxLength = 500;

    public ExtractedField ToField(string value, double confidence) =>
        new(value, Text, Math.Round(Math.Clamp(confidence, 0, 1), 3), Page, Box);

    /// <summary>
    /// The text as lines are made of it: NFC-normalised, cut into pieces of at most 500 characters (no invoice line is
    /// that long, but a PDF text layer can hold one: pieces keep every regex fast), blank pieces dropped.
    /// </summary>
    public static IEnumerable<string> Pieces(string text) =>
        text.Normalize(NormalizationForm.FormC).TrimEnd('\r').Chunk(MaxLength).Select(c => new string(c)).Where(p => !string.IsNullOrWhiteSpace(p));
}
