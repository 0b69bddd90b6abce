namespace OcrAsync.Api.Services;

public enum CancelOutcome
{
    NotFound,
    /// <summary>It was still queued: it will never run.</summary>
    Cancelled,
    /// <summary>It is running: the worker stops at the next page boundary.</summary>
    CancelRequested,
    AlreadyFinished,
}
