namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// The defects of one page: geometry (rotation in degrees, keystone as the fraction by which the bottom edge is
/// narrower) and blur (Gaussian sigma in pixels) are applied while drawing; grain (sigma in grey levels) and JPEG
/// quality (0 = PNG) after.
/// </summary>
internal sealed record ScanDefects(float Degrees, float Keystone, float BlurPixels, double Grain, int JpegQuality)
{
    public static readonly ScanDefects None = new(0, 0, 0, 0, 0);
}
