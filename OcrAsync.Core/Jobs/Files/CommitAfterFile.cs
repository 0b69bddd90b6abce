using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// The job's commit once its file is stored outside Postgres: a commit Postgres refused deletes the file at once (the
/// job row is certainly absent); a file whose commit outcome is unknown (timeout, lost connection) is left to
/// <see cref="OrphanUploadSweeper"/>, which deletes it only if no job row has it.
/// </summary>
internal static partial class CommitAfterFile
{
    public static async Task RunAsync(
        Guid jobId, Func<CancellationToken, Task> commitJob, Func<Task> deleteFile, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await commitJob(cancellationToken);
        }
        catch (Exception ex) when (IsRolledBack(ex))
        {
            try
            {
                await deleteFile();
            }
            catch (Exception deleteFailure)
            {
                LogDeleteFailed(logger, deleteFailure, jobId);
            }

            throw;
        }
        catch (Exception ex)
        {
            LogLeftForSweep(logger, jobId, ex.GetType().Name);
            throw;
        }
    }

    /// <summary>Postgres answered with an error: the transaction is rolled back and the job row certainly absent.</summary>
    private static bool IsRolledBack(Exception exception) =>
        exception is PostgresException || exception is DbUpdateException { InnerException: PostgresException };

    [LoggerMessage(LogLevel.Warning, "The job {JobId} was not committed ({Reason}); its file is left for the orphan sweep")]
    private static partial void LogLeftForSweep(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(LogLevel.Warning, "The file of uncommitted job {JobId} could not be deleted; the orphan sweep will")]
    private static partial void LogDeleteFailed(ILogger logger, Exception exception, Guid jobId);
}
