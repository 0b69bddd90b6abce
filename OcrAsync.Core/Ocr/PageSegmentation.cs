namespace OcrAsync.Core.Ocr;

/// <summary>How Tesseract splits a page into blocks and lines (its <c>--psm</c>); the values are Tesseract's.</summary>
public enum PageSegmentation
{
    /// <summary>Finds columns and blocks itself (psm 3): right for most invoices.</summary>
    Auto = 3,

    /// <summary>One column of text of variable sizes (psm 4).</summary>
    SingleColumn = 4,

    /// <summary>One uniform block (psm 6): each line runs across the whole page, so a label and its value far to the right stay on one line.</summary>
    SingleBlock = 6,

    /// <summary>As much text as possible in no particular order (psm 11).</summary>
    SparseText = 11,
}
