using OcrAsync.Core.Ocr;

namespace OcrAsync.Core.Invoices;

/// <summary>One OCR line with its folded label form (same length as <see cref="Text"/>) and provenance.</summary>
internal sealed record InvoiceTextLine(string Text, string Label, double Confidence, int Page, BoundingBox? Box, int Index)
{
    public ExtractedField ToField(string value, double confidence) =>
        new(value, Text, Math.Round(Math.Clamp(confidence, 0, 1), 3), Page, Box);
}
