namespace OcrAsync.Core.Invoices.Resolution;

/// <summary>Where a candidate value sits relative to the label that names it.</summary>
public enum LabelDirection
{
    /// <summary>After the label on the label's own segment ("Invoice No: 42").</summary>
    Inline,

    /// <summary>In a segment to the right on the same row (a ruled box, a column of amounts).</summary>
    Right,

    /// <summary>Under the label in the same column (a label stacked over its value).</summary>
    Below,

    /// <summary>The segment OCR read next, just under or beside the label (a warped photo).</summary>
    Next,

    /// <summary>Above the label (a caption printed under its value).</summary>
    Above,

    /// <summary>A header row of captions over a row of values: the first caption labels the first value.</summary>
    HeaderRow,

    /// <summary>No label (an unlabelled amount, a value computed from others, a template's value).</summary>
    None,
}
