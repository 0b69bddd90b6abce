namespace OcrAsync.Benchmarks.Performance;

/// <summary>
/// <c>prepare-mixed SRC_DIR OUT_DIR</c>: the generated set (PNG and JPEG, from <c>generate-invoices</c>) with every
/// third PNG written as an uncompressed grey TIFF instead, so the whole-system benchmark reads all three formats.
/// </summary>
internal static class MixedPages
{
    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    public static bool IsPage(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static int Prepare(string source, string target)
    {
        Directory.CreateDirectory(target);
        var counts = new Dictionary<string, int>();
        var pngs = 0;
        foreach (var file in Directory.GetFiles(source).Where(IsPage).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (extension == ".png" && pngs++ % 3 == 2)
            {
                File.WriteAllBytes(Path.Combine(target, name + ".tif"), TestImages.MultipageTiff([TestImages.GreyPage(File.ReadAllBytes(file))]));
                extension = ".tif";
            }
            else
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }

            counts[extension] = counts.GetValueOrDefault(extension) + 1;
        }

        Console.WriteLine($"# mixed pages in {target}: {string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}"))}");
        return 0;
    }
}
