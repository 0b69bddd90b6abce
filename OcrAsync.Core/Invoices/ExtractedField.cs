namespace OcrAsync.Core.Invoices;

/// <summary>One extracted field: normalised value, the OCR text it came from, and where it was found.</summary>
public sealed record ExtractedField(string Value, string Raw, double Confidence, int Page, BoundingBox? Bbox)
{
    /// <summary>
    /// No label or relation gave the value, it was guessed (a total taken as the largest amount on the page): a second
    /// read treats the field as missing (<see cref="Processing.KeyFieldReread"/>). Not part of the result's JSON; the
    /// review reasons say it there.
    /// </summary>
    [JsonIgnore]
    public bool Guessed { get; init; }
}
