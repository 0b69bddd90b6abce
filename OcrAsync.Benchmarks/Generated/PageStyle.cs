namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// How a page is printed: font file, resolution, body text size, ink grey (0 black; thermal paper is paler) and the
/// defects drawn with it (<see cref="ScanDefects"/>).
/// </summary>
internal sealed record PageStyle(string FontFile, int Dpi, float BodyPoints, byte Ink, ScanDefects Defects);
