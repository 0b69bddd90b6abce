using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Uploads;

/// <summary>The form fields that apply to every file of an upload.</summary>
public sealed record UploadSettings(JobPriority Priority, double ConfidenceThreshold, string? Language, Guid? TemplateId = null);
