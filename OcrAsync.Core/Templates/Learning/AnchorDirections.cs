namespace OcrAsync.Core.Templates.Learning;

/// <summary>Where a value sits relative to its label words.</summary>
public static class AnchorDirections
{
    public const string Right = "right";
    public const string Below = "below";
    public const string None = "none";
}
