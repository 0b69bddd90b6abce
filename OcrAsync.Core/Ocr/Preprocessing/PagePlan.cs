namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>What the engine decided about a page before reading it: its kind, its grey levels, its glyph height (null if unknown) and the scale factor.</summary>
public sealed record PagePlan(PageKind Kind, GreyLevels Levels, double? GlyphHeight, double Scale);
