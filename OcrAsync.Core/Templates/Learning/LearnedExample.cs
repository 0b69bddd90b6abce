namespace OcrAsync.Core.Templates.Learning;

/// <summary>One corrected document a learned template was taught with, and the corrected values.</summary>
public sealed record LearnedExample(string OcrResultId, DateTimeOffset LearnedAt, IReadOnlyDictionary<string, string> Fields);
