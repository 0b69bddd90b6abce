namespace OcrAsync.Core.Templates.Learning;

/// <summary>
/// Where a value sat on a corrected page: the label words next to it (<see cref="Words"/>, folded), the direction
/// from them (<c>right</c> on the same line, <c>below</c> under them, <c>none</c> when the value had no label), the
/// offset from the label and the value's own position as fractions of the page, and the value's printed shape.
/// </summary>
public sealed record FieldAnchor
{
    public IReadOnlyList<string> Words { get; init; } = [];

    public string Direction { get; init; } = AnchorDirections.None;

    /// <summary>Label position (left, top) as fractions of the page width and height.</summary>
    public double AnchorX { get; init; }

    public double AnchorY { get; init; }

    /// <summary>Value position (left, top) as fractions of the page width and height.</summary>
    public double ValueX { get; init; }

    public double ValueY { get; init; }

    /// <summary>How many words the printed value spans.</summary>
    public int ValueWords { get; init; } = 1;

    /// <summary>The printed value's shape as a regular expression (letters and digit runs generalised).</summary>
    public string? Shape { get; init; }

    /// <summary>
    /// The label printed in the same word before the value, folded ("no." of "No.LH44588"), when the page set no space
    /// between them; null otherwise.
    /// </summary>
    public string? Prefix { get; init; }

    /// <summary>How many corrections agreed on this anchor.</summary>
    public int Support { get; init; } = 1;
}
