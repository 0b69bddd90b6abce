namespace OcrAsync.Core.Corrections;

/// <summary>Keeps the words a job's pages were read as (<see cref="TrainingStore"/>); a seam for the worker's tests.</summary>
public interface IRecognizedPageStore
{
    Task SavePagesAsync(Guid jobId, IReadOnlyList<OcrPageResult> pages, CancellationToken cancellationToken);
}
