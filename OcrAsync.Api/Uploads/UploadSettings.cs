namespace OcrAsync.Api.Uploads;

/// <summary>
/// The form fields that apply to every file of an upload. <paramref name="Reuse"/>: a file this user already had
/// processed with the same language, template and threshold takes that finished result (form field <c>reuse=false</c>
/// asks for a fresh run).
/// </summary>
public sealed record UploadSettings(JobPriority Priority, double ConfidenceThreshold, string? Language, Guid? TemplateId = null, bool Reuse = true);
