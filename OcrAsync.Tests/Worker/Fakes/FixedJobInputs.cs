using OcrAsync.Core.Corrections;

namespace OcrAsync.Tests.Worker.Fakes;

/// <summary>The same small file for every job, no templates, and the recognised pages discarded.</summary>
public sealed class FixedJobInputs : IUploadFileStore, ITemplateChoiceSource, IRecognizedPageStore
{
    public Task SaveWithJobAsync(OcrJob job, byte[] content, Func<CancellationToken, Task> commitJob, CancellationToken cancellationToken) =>
        commitJob(cancellationToken);

    public Task<byte[]?> ReadAsync(Guid jobId, CancellationToken cancellationToken) => Task.FromResult<byte[]?>([1, 2, 3]);

    public Task DeleteAsync(Guid jobId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<TemplateChoice> ChoiceForAsync(OcrJob job, CancellationToken cancellationToken) => Task.FromResult(TemplateChoice.None);

    public Task SavePagesAsync(Guid jobId, IReadOnlyList<OcrPageResult> pages, CancellationToken cancellationToken) => Task.CompletedTask;
}
