namespace OcrAsync.Core.Notifications;

/// <summary>
/// Tells a job's owner what happened to it. Best effort: the calls return at once, never throw and never delay the
/// job; a notification that cannot be delivered is logged. Postgres stays the source of truth.
/// </summary>
public interface IJobNotifier
{
    void Queued(OcrJob job);

    void Progress(OcrJob job, int progress, string message);

    void Completed(OcrJob job, InvoiceOcrResult result);

    void Failed(OcrJob job, string errorMessage);

    void Cancelled(OcrJob job);
}
