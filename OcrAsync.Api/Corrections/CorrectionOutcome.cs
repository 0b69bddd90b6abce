namespace OcrAsync.Api.Corrections;

/// <summary>What a correction did: nothing (unknown job, or not completed) or recorded it and queued its training.</summary>
public sealed record CorrectionOutcome(OcrJob? Job, TrainingJob? Training)
{
    public bool Found => Job is not null;

    public bool Recorded => Training is not null;
}
