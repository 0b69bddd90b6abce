namespace OcrAsync.Benchmarks.Generated;

/// <summary>How a page is printed: font file, resolution, body text size and ink grey (0 black; thermal paper is paler).</summary>
internal sealed record PageStyle(string FontFile, int Dpi, float BodyPoints, byte Ink);
