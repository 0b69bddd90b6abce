namespace OcrAsync.Core.Ocr.Preprocessing;

/// <summary>A recognised line with the confidence (0–1) of each of its words, in the order of <see cref="OcrLine.Words"/>.</summary>
public sealed record ScoredLine(OcrLine Line, IReadOnlyList<double> WordConfidences);
