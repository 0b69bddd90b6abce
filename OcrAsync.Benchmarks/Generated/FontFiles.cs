namespace OcrAsync.Benchmarks.Generated;

/// <summary>The typefaces pages are printed in (Debian fonts-dejavu-core); a missing file stops the generator with its name.</summary>
internal static class FontFiles
{
    public const string Folder = "/usr/share/fonts/truetype/dejavu/";

    public static readonly string[] Invoice =
        ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSansCondensed.ttf", "DejaVuSerifCondensed.ttf", "DejaVuSansMono.ttf"];

    public static readonly string[] Receipt = ["DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansCondensed.ttf", "DejaVuSans.ttf"];

    /// <summary>Null when every font the generator uses is installed; otherwise which are not and how to get them.</summary>
    public static string? Missing(string folder = Folder)
    {
        var missing = Invoice.Concat(Receipt).Distinct().Where(f => !File.Exists(folder + f)).ToList();
        return missing.Count == 0 ? null : $"Fonts missing in {folder}: {string.Join(", ", missing)}. Install fonts-dejavu-core (scripts/install-prerequisites.sh).";
    }

    public static SKTypeface Load(string file) =>
        SKTypeface.FromFile(Folder + file)
        ?? throw new InvalidOperationException($"Font {Folder + file} not found: install fonts-dejavu-core (scripts/install-prerequisites.sh).");
}
