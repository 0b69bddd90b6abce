namespace OcrAsync.Core.Templates.Learning;

/// <summary>One word on a page: its text, folded form without edge punctuation (for label matching) and box.</summary>
internal sealed record PageToken(string Text, string Key, BoundingBox Box);
