namespace OcrAsync.Core.Templates.Learning;

/// <summary>Consecutive words of one line: the candidate printed form of a value.</summary>
internal sealed record TokenSpan(int Line, int Start, int Count, string Text, BoundingBox Box);
