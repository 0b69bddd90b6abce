using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Services.Commits;

/// <summary>Inserts jobs (each with its file) in one transaction: all committed when it returns, none when it throws.</summary>
public interface IUploadBatchWriter
{
    Task WriteAsync(IReadOnlyList<OcrJob> jobs, CancellationToken cancellationToken);
}
