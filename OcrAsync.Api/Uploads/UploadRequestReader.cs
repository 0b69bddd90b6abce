using Microsoft.Extensions.Primitives;
using OcrAsync.Core.Documents;
using OcrAsync.Core.EInvoices;

namespace OcrAsync.Api.Uploads;

/// <summary>Reads and validates multipart uploads; every rejection names what is wrong.</summary>
public sealed class UploadRequestReader(IOptions<UploadOptions> options, IOptions<DocumentLimitsOptions> documentLimits)
{
    private const long MultipartOverheadBytes = 64 * 1024;

    private UploadOptions Limits => options.Value;

    /// <summary>
    /// Reads the form, rejecting oversized bodies while streaming instead of buffering them first. <paramref name="filesInMemory"/>:
    /// files go straight into the arrays the upload keeps (<see cref="StreamedForm"/>); only for a body capped at one file's size.
    /// </summary>
    public async Task<RequestRead<IFormCollection>> ReadFormAsync(
        HttpRequest request, string fileField, long maxBodyBytes, bool filesInMemory, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return UploadProblem.BadRequest(
                $"Send the invoice as multipart/form-data with a '{fileField}' field (got content type '{request.ContentType ?? "none"}').");
        }

        var limit = maxBodyBytes + MultipartOverheadBytes;
        if (request.ContentLength > limit)
        {
            // Answered before the body is read: a client that sent `Expect: 100-continue` never uploads it.
            return UploadProblem.TooLarge($"The upload is {FormatBytes(request.ContentLength.Value)}; the limit is {FormatBytes(maxBodyBytes)}.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        try
        {
            // Kestrel enforces the body limit (413); the form reader's own limit would report it as malformed (400).
            var form = filesInMemory
                ? await StreamedForm.ReadAsync(request, cancellationToken)
                : await request.ReadFormAsync(new FormOptions
                {
                    MultipartBodyLengthLimit = long.MaxValue,
                    MemoryBufferThreshold = Limits.MemoryBufferBytes,
                }, cancellationToken);
            return new RequestRead<IFormCollection>(form);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UploadProblem.TooLarge($"The upload exceeds the limit of {FormatBytes(maxBodyBytes)}.");
        }
        catch (InvalidDataException ex)
        {
            return UploadProblem.BadRequest($"The multipart body could not be read: {ex.Message}");
        }
    }

    /// <summary>Reads the form fields that apply to every file; a template must exist and belong to the caller.</summary>
    public async Task<RequestRead<UploadSettings>> ReadSettingsAsync(
        IFormCollection form, string userId, TemplateRepository templates, CancellationToken cancellationToken)
    {
        if (!TryParsePriority(form["priority"], out var priority))
        {
            return UploadProblem.BadRequest($"priority must be one of low, normal, high (got '{form["priority"]}').", "priority");
        }

        if (!TryParseThreshold(form["confidence_threshold"], Limits.DefaultConfidenceThreshold, out var threshold))
        {
            return UploadProblem.BadRequest(
                $"confidence_threshold must be a number from 0 to 1 (got '{form["confidence_threshold"]}').", "confidence_threshold");
        }

        string? language = form["language"];
        if (!string.IsNullOrWhiteSpace(language) && !Limits.Languages.Contains(language.Trim(), StringComparer.Ordinal))
        {
            return UploadProblem.BadRequest(
                $"language must be one of {string.Join(", ", Limits.Languages)} (got '{language}').", "language");
        }

        Guid? templateId = null;
        if (!string.IsNullOrWhiteSpace(form["template_id"]))
        {
            // Another user's template gets the same answer as an unknown one.
            if (!Guid.TryParse(form["template_id"], out var id) || !await templates.ExistsAsync(userId, id, cancellationToken))
            {
                return UploadProblem.BadRequest(
                    $"template_id '{form["template_id"]}' is not one of your templates (see GET /api/templates).", "template_id");
            }

            templateId = id;
        }

        var reuse = true;
        if (!string.IsNullOrWhiteSpace(form["reuse"]) && !bool.TryParse(form["reuse"].ToString().Trim(), out reuse))
        {
            return UploadProblem.BadRequest($"reuse must be true or false (got '{form["reuse"]}').", "reuse");
        }

        return new UploadSettings(priority, threshold, string.IsNullOrWhiteSpace(language) ? null : language.Trim(), templateId, reuse);
    }

    /// <summary>Checks one file (presence, size, type by its bytes) and makes it a submission.</summary>
    public async Task<RequestRead<OcrSubmission>> ReadFileAsync(
        IFormFile? file, string fileField, string userId, UploadSettings settings, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return UploadProblem.BadRequest($"No file was uploaded: send it in the '{fileField}' form field.", fileField);
        }

        var fileName = SanitizeFileName(file.FileName);
        if (file.Length == 0)
        {
            return UploadProblem.BadRequest($"The file '{fileName}' is empty.", fileField);
        }

        if (file.Length > Limits.MaxFileBytes)
        {
            return UploadProblem.TooLarge(
                $"The file '{fileName}' is {FormatBytes(file.Length)}; the limit is {FormatBytes(Limits.MaxFileBytes)}.");
        }

        var content = file is InMemoryFormFile held ? held.Content : await ReadAllAsync(file, cancellationToken);

        var type = DocumentTypeDetector.Detect(content.AsSpan(0, Math.Min(content.Length, DocumentTypeDetector.HeaderLength)));
        if (!type.IsSupported)
        {
            return UploadProblem.UnsupportedType(
                $"The content of '{fileName}' is {type.Name} ({type.ContentType}), whatever its name says. Upload a JPEG, PNG, TIFF, BMP, WebP, PDF or e-invoice XML ({EInvoiceParser.SupportedFormats}).");
        }

        // XML is taken only when its root element is an e-invoice format; the worker reads the rest.
        if (type.IsXml && EInvoiceParser.FindProblem(content) is { } xmlProblem)
        {
            return UploadProblem.UnsupportedType($"'{fileName}': {xmlProblem}");
        }

        // Bombs (a tiny PNG claiming 100 000 x 100 000 pixels, 10 000 pages) are refused here when the headers tell.
        if (DocumentPreflight.FindLimitViolation(content, type, documentLimits.Value) is { } violation)
        {
            return UploadProblem.OverLimits($"'{fileName}': {violation}");
        }

        return new OcrSubmission(userId, fileName, type, content, settings);
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var content = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, cancellationToken);
        return content;
    }

    /// <summary>Exactly one of the names (any case): Enum.TryParse would also take numbers and "high, low" (flags).</summary>
    internal static bool TryParsePriority(StringValues values, out JobPriority priority)
    {
        priority = JobPriority.Normal;
        if (values.Count > 1)
        {
            return false;
        }

        var value = values.ToString().Trim();
        if (value.Length == 0)
        {
            return true;
        }

        var name = Enum.GetNames<JobPriority>().FirstOrDefault(n => n.Equals(value, StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out priority);
    }

    private static bool TryParseThreshold(string? value, double defaultValue, out double threshold)
    {
        threshold = defaultValue;
        return string.IsNullOrWhiteSpace(value)
            || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold)
                && threshold is >= 0 and <= 1);
    }

    /// <summary>
    /// The name is metadata only (never a path): keep the last segment, drop control and format characters (bidi
    /// overrides such as U+202E would show "invoice\u202Egnp.exe" as "invoiceexe.png"), cap the length.
    /// </summary>
    internal static string SanitizeFileName(string? name)
    {
        var lastSegment = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var cleaned = new string(lastSegment.Where(c => !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray()).Trim();
        if (cleaned.Length > 255)
        {
            cleaned = cleaned[..255];
        }

        return cleaned.Length == 0 || cleaned is "." or ".." ? "upload" : cleaned;
    }

    internal static string FormatBytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
