namespace OcrAsync.Core.Processing;

/// <summary>
/// Turns PDF pages into 300 dpi grey PGM images with poppler's pdftoppm (PGM: no PNG encoding cost, design.md §4).
/// </summary>
public sealed class PdfRasterizer
{
    /// <summary>The resolution pages are rendered at; the pixel limit applies to the page at this resolution.</summary>
    public const int Dpi = 300;

    /// <summary>Far above a 50 megapixel grey page (50 MB of bitmap plus poppler and its libraries).</summary>
    private const long RendererAddressSpaceBytes = 1L << 30;

    private const string PrlimitPath = "/usr/bin/prlimit";

    /// <summary>Rasterises every page.</summary>
    public async Task<IReadOnlyList<byte[]>> RasterizeAsync(ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ocrasync-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "input.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken);
            await RunPdfToPpmAsync([input, Path.Combine(folder.FullName, "page")], cancellationToken);
            return await ReadPagesAsync(folder, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Rasterises only the given pages (1-based), one at a time as they are consumed, so a long mixed PDF never holds
    /// more than one page image and text-layer pages are never rendered.
    /// </summary>
    public async IAsyncEnumerable<(int PageNumber, byte[] Image)> RasterizePagesAsync(
        ReadOnlyMemory<byte> pdf, IEnumerable<int> pageNumbers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ocrasync-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "input.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken);
            foreach (var page in pageNumbers)
            {
                var number = page.ToString(CultureInfo.InvariantCulture);
                var prefix = Path.Combine(folder.FullName, "page");
                await RunPdfToPpmAsync(["-f", number, "-l", number, "-singlefile", input, prefix], cancellationToken);
                var output = prefix + ".pgm";
                var image = await File.ReadAllBytesAsync(output, cancellationToken);
                File.Delete(output);
                yield return (page, image);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Renders only the given areas (300 dpi page pixels, origin top-left) of one page (1-based), one image each, in
    /// order: pdftoppm draws just the crop, so an image on a text-layer page costs its own pixels, not a page's.
    /// </summary>
    public async Task<IReadOnlyList<byte[]>> RasterizeAreasAsync(
        ReadOnlyMemory<byte> pdf, int pageNumber, IReadOnlyList<BoundingBox> areas, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ocrasync-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "input.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken);
            var number = pageNumber.ToString(CultureInfo.InvariantCulture);
            var prefix = Path.Combine(folder.FullName, "area");
            var images = new List<byte[]>(areas.Count);
            foreach (var area in areas)
            {
                string[] crop = ["-x", Text(area.X), "-y", Text(area.Y), "-W", Text(area.Width), "-H", Text(area.Height)];
                await RunPdfToPpmAsync(["-f", number, "-l", number, .. crop, "-singlefile", input, prefix], cancellationToken);
                images.Add(await File.ReadAllBytesAsync(prefix + ".pgm", cancellationToken));
            }

            return images;
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task RunPdfToPpmAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        // util-linux's prlimit caps pdftoppm's address space, so a page that slips past the checks fails alone
        // instead of taking the machine's memory.
        string[] limited = File.Exists(PrlimitPath) ? [PrlimitPath, $"--as={RendererAddressSpaceBytes}", "pdftoppm"] : ["pdftoppm"];
        var startInfo = new ProcessStartInfo(limited[0]) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[.. limited[1..], "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("pdftoppm did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("pdftoppm (Debian package poppler-utils) is not installed on this worker", ex);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0)
            {
                var message = (await errors).Trim();
                if (message.StartsWith("prlimit:", StringComparison.Ordinal))
                {
                    // prlimit itself failed (pdftoppm missing, limits refused): the worker, not the document.
                    throw new InvalidOperationException($"pdftoppm could not be started under prlimit (is poppler-utils installed?): {message}");
                }

                throw new UnreadableDocumentException(
                    $"The PDF could not be read (pdftoppm exit code {process.ExitCode}): {(message.Length > 300 ? message[..300] : message)}");
            }
        }
    }

    private static async Task<IReadOnlyList<byte[]>> ReadPagesAsync(DirectoryInfo folder, CancellationToken cancellationToken)
    {
        // pdftoppm zero-pads page numbers to the width of the page count, so name order is page order.
        var files = folder.GetFiles("page-*.pgm").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new UnreadableDocumentException("The PDF has no pages.");
        }

        var pages = new List<byte[]>(files.Count);
        foreach (var file in files)
        {
            pages.Add(await File.ReadAllBytesAsync(file.FullName, cancellationToken));
        }

        return pages;
    }
}
