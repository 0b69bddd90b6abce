namespace OcrAsync.Benchmarks.Generated;

/// <summary>A page's text model: every string drawn, in order, and its box in points (ascent to descent).</summary>
internal sealed record PageText(IReadOnlyList<string> Texts, IReadOnlyList<SKRect> Boxes);
