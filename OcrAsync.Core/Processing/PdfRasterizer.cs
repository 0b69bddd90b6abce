using System.Diagnostics;
using OcrAsync.Core.Ocr;

namespace OcrAsync.Core.Processing;

/// <summary>
/// Turns PDF pages into 300 dpi grey PGM images with poppler's pdftoppm (PGM: no PNG encoding cost, design.md §4).
/// </summary>
public sealed class PdfRasterizer
{
    private const int Dpi = 300;

    public async Task<IReadOnlyList<byte[]>> RasterizeAsync(ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ocrasync-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "input.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken);
            await RunPdfToPpmAsync(input, Path.Combine(folder.FullName, "page"), cancellationToken);
            return await ReadPagesAsync(folder, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task RunPdfToPpmAsync(string input, string outputPrefix, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", input, outputPrefix })
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
