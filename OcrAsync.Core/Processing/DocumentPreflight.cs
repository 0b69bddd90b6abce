using OcrAsync.Core.Documents;
using OcrAsync.Core.Ocr;
using UglyToad.PdfPig;

namespace OcrAsync.Core.Processing;

/// <summary>
/// The document limits that can be checked cheaply at upload, before a job exists: pixel size from image headers,
/// TIFF and PDF page counts. What cannot be told here (a corrupt file) is left to the worker, which fails the job.
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
                var sizes = TiffDirectory.ReadPageSizes(content.Span, limits.MaxPages);
                for (var i = 0; i < sizes.Count; i++)
                {
                    limits.CheckImageSize(sizes[i].Width, sizes[i].Height, sizes.Count == 1 ? "The image" : $"TIFF page {i + 1}");
                }
            }
            else if (type.IsPdf)
            {
                using var document = PdfDocument.Open(content.ToArray());
                if (document.NumberOfPages > limits.MaxPages)
                {
                    throw new DocumentLimitExceededException($"The PDF has {document.NumberOfPages} pages; the limit is {limits.MaxPages}.");
                }
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
}
