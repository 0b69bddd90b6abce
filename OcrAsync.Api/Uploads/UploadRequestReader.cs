using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OcrAsync.Core.Documents;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Uploads;

/// <summary>Reads and validates the multipart upload of process-async; every rejection names what is wrong.</summary>
public sealed class UploadRequestReader(IOptions<UploadOptions> options)
{
    private const string FileField = "file";
    private const long MultipartOverheadBytes = 64 * 1024;

    public async Task<(OcrSubmission? Submission, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, string userId, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (!request.HasFormContentType)
        {
            return (null, UploadProblem.BadRequest(
                $"Send the invoice as multipart/form-data with a '{FileField}' field (got content type '{request.ContentType ?? "none"}')."));
        }

        // Reject oversized bodies while streaming instead of buffering them first.
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limits.MaxFileBytes + MultipartOverheadBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(
                new FormOptions { MultipartBodyLengthLimit = limits.MaxFileBytes + MultipartOverheadBytes },
                cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, UploadProblem.TooLarge($"The upload exceeds the limit of {FormatBytes(limits.MaxFileBytes)}."));
        }
        catch (InvalidDataException ex)
        {
            return (null, UploadProblem.BadRequest($"The multipart body could not be read: {ex.Message}"));
        }

        return await ValidateAsync(form, userId, limits, cancellationToken);
    }

    private static async Task<(OcrSubmission?, ProblemHttpResult?)> ValidateAsync(
        IFormCollection form, string userId, UploadOptions limits, CancellationToken cancellationToken)
    {
        var file = form.Files.GetFile(FileField);
        if (file is null)
        {
            return (null, UploadProblem.BadRequest($"No file was uploaded: send it in the '{FileField}' form field.", FileField));
        }

        if (file.Length == 0)
        {
            return (null, UploadProblem.BadRequest($"The file '{file.FileName}' is empty.", FileField));
        }

        if (file.Length > limits.MaxFileBytes)
        {
            return (null, UploadProblem.TooLarge(
                $"The file is {FormatBytes(file.Length)}; the limit is {FormatBytes(limits.MaxFileBytes)}."));
        }

        if (!TryParsePriority(form["priority"], out var priority))
        {
            return (null, UploadProblem.BadRequest(
                $"priority must be one of low, normal, high (got '{form["priority"]}').", "priority"));
        }

        if (!TryParseThreshold(form["confidence_threshold"], limits.DefaultConfidenceThreshold, out var threshold))
        {
            return (null, UploadProblem.BadRequest(
                $"confidence_threshold must be a number from 0 to 1 (got '{form["confidence_threshold"]}').", "confidence_threshold"));
        }

        if (!string.IsNullOrEmpty(form["template_id"]))
        {
            // No templates exist yet, so no template_id can belong to the caller.
            return (null, UploadProblem.BadRequest($"template '{form["template_id"]}' was not found.", "template_id"));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var type = DocumentTypeDetector.Detect(content.AsSpan(0, Math.Min(content.Length, DocumentTypeDetector.HeaderLength)));
        if (!type.IsSupported)
        {
            return (null, UploadProblem.UnsupportedType(
                $"The file's content is {type.Name} ({type.ContentType}), whatever its name says. Upload a JPEG, PNG, TIFF, BMP, WebP or PDF."));
        }

        var fileName = SanitizeFileName(file.FileName);
        return (new OcrSubmission(userId, fileName, type, content, priority, threshold), null);
    }

    private static bool TryParsePriority(string? value, out JobPriority priority)
    {
        priority = JobPriority.Normal;
        return string.IsNullOrWhiteSpace(value)
            || (Enum.TryParse(value.Trim(), ignoreCase: true, out priority) && Enum.IsDefined(priority) && !int.TryParse(value, out _));
    }

    private static bool TryParseThreshold(string? value, double defaultValue, out double threshold)
    {
        threshold = defaultValue;
        return string.IsNullOrWhiteSpace(value)
            || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold)
                && threshold is >= 0 and <= 1);
    }

    /// <summary>The name is metadata only (never a path): keep the last segment, drop control characters, cap the length.</summary>
    internal static string SanitizeFileName(string? name)
    {
        var lastSegment = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var cleaned = new string(lastSegment.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (cleaned.Length > 255)
        {
            cleaned = cleaned[..255];
        }

        return cleaned.Length == 0 || cleaned is "." or ".." ? "upload" : cleaned;
    }

    private static string FormatBytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
