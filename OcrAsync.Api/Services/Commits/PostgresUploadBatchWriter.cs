using OcrAsync.Core.Data;
using OcrAsync.Core.Jobs;

namespace OcrAsync.Api.Services.Commits;

/// <summary>One SaveChanges for the whole batch: one transaction, the inserts sent together, one WAL flush at commit.</summary>
public sealed class PostgresUploadBatchWriter(IServiceScopeFactory scopes) : IUploadBatchWriter
{
    public async Task WriteAsync(IReadOnlyList<OcrJob> jobs, CancellationToken cancellationToken)
    {
        // A context of its own per batch: a failed batch leaves nothing tracked for the next one.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcrDbContext>();
        db.Jobs.AddRange(jobs);
        await db.SaveChangesAsync(cancellationToken);
    }
}
