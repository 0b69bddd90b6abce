using System.Runtime.InteropServices;
using UglyToad.PdfPig;

namespace OcrAsync.Core.Processing;

/// <summary>
/// The document limits that can be checked cheaply at upload, before a job exists: pixel size from image headers,
/// TIFF and PDF page counts, what a PDF's compressed streams inflate to, each PDF page's size at the worker's render
/// dpi. What cannot be told here (a corrupt file) is left to the worker, which fails the job.
/// </summary>
public static class DocumentPreflight
{
    /// <summary>Why the document exceeds <paramref name="limits"/>, or null when it does not (or cannot be told yet).</summary>
    public static string? FindLimitViolation(ReadOnlyMemory<byte> content, DocumentType type, DocumentLimitsOptions limits)
    {
        try
        {
            if (type == DocumentType.Tiff)
            {
                ImagePages.CheckTiff(content.Span, limits);
            }
            else if (type.IsPdf)
            {
                CheckPdf(content, limits);
            }
            else if (ImageHeader.TryReadSize(content.Span, type) is var (width, height))
            {
                limits.CheckImageSize(width, height, "The image");
            }

            return null;
        }
        catch (DocumentLimitExceededException ex)
        {
            return ex.Message;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null; // Corrupt or unusual: the worker reads it properly and fails the job with the reason.
        }
    }

    private static void CheckPdf(ReadOnlyMemory<byte> content, DocumentLimitsOptions limits)
    {
        // Before PdfPig, which would inflate a bomb's streams into memory while opening the file.
        PdfInflationBudget.Check(content, limits);
        var filters = new BudgetedFilterProvider(limits);
        try
        {
            // Read in place: the upload is already in memory, and a PDF may be megabytes.
            using var stream = MemoryMarshal.TryGetArray(content, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(content.ToArray(), writable: false);
            using var document = PdfDocument.Open(stream, filters.Options);
            filters.ThrowIfRefused();
            limits.CheckPdfPageCount(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                PdfPageSize.CheckRendered(document.GetPage(number), number, limits);
                filters.ThrowIfRefused();
            }
        }
        catch (Exception ex) when (ex is not DocumentLimitExceededException)
        {
            filters.ThrowIfRefused(); // PdfPig may wrap the budget's refusal in its own exception.
            throw;
        }
    }
}
