namespace OcrAsync.Api.Corrections;

/// <summary>The answer to a correction: the training job it queued and the job's status with the corrected values.</summary>
public sealed record CorrectionResponse(Guid TrainingId, string TrainingStatus, OcrStatusResponse Result);
