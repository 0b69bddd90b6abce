using OcrAsync.Core.Ocr;

namespace OcrAsync.Core.Invoices;

/// <summary>One extracted field: normalised value, the OCR text it came from, and where it was found.</summary>
public sealed record ExtractedField(string Value, string Raw, double Confidence, int Page, BoundingBox? Bbox);
