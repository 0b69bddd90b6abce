namespace OcrAsync.Core.Jobs;

/// <summary>
/// The one owner of a job's states: which moves are allowed, which states are final, the status text each move
/// writes and the state's name on the wire. Every writer (the job store, the canceller, the submitter, the relay,
/// the API's own fallback) takes its states and texts from here.
/// </summary>
public static class JobLifecycle
{
    public const string WaitingForWorker = "Waiting for a worker";
    public const string PickedUp = "Picked up by a worker";
    public const string CancelledByUser = "Cancelled by the user";
    public const string CancellingAtNextPage = "Cancelling at the next page";
    public const string FailedMessage = "Failed";
    public const string Reused = "Same file already processed: its result was reused";

    /// <summary>States a job can still leave: the ones a worker, a cancel or the relay may act on.</summary>
    public static readonly IReadOnlyList<OcrJobStatus> Active = [OcrJobStatus.Queued, OcrJobStatus.Processing];

    /// <summary>
    /// The allowed moves. Processing → Processing is a takeover after a lease ran out; Processing → Queued is a
    /// worker releasing a job it could not finish. A job is born Queued, or Completed when an earlier result is reused.
    /// </summary>
    public static readonly IReadOnlySet<(OcrJobStatus From, OcrJobStatus To)> Transitions = new HashSet<(OcrJobStatus, OcrJobStatus)>
    {
        (OcrJobStatus.Queued, OcrJobStatus.Processing),
        (OcrJobStatus.Queued, OcrJobStatus.Cancelled),
        (OcrJobStatus.Queued, OcrJobStatus.Failed),
        (OcrJobStatus.Processing, OcrJobStatus.Processing),
        (OcrJobStatus.Processing, OcrJobStatus.Queued),
        (OcrJobStatus.Processing, OcrJobStatus.Completed),
        (OcrJobStatus.Processing, OcrJobStatus.Failed),
        (OcrJobStatus.Processing, OcrJobStatus.Cancelled),
    };

    public static bool IsFinal(OcrJobStatus status) => status is OcrJobStatus.Completed or OcrJobStatus.Failed or OcrJobStatus.Cancelled;

    public static bool CanMove(OcrJobStatus from, OcrJobStatus to) => Transitions.Contains((from, to));

    /// <summary>The state as clients see it: "queued", "processing", "completed", "failed", "cancelled".</summary>
    public static string Name(OcrJobStatus status) => status switch
    {
        OcrJobStatus.Queued => "queued",
        OcrJobStatus.Processing => "processing",
        OcrJobStatus.Completed => "completed",
        OcrJobStatus.Failed => "failed",
        OcrJobStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown job state."),
    };

    /// <summary>Longest error text stored with a job or a training job; a longer one is cut, never refused.</summary>
    public const int MaxErrorLength = 2000;

    /// <summary>An error as it is stored: its first <see cref="MaxErrorLength"/> characters.</summary>
    public static string ErrorText(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    public static string Completed(int pageCount) => string.Create(CultureInfo.InvariantCulture, $"Completed: {pageCount} page(s) recognised");

    public static string Retrying(TimeSpan delay) => string.Create(CultureInfo.InvariantCulture, $"Retrying in {delay.TotalSeconds:0.#} s after an error");
}
