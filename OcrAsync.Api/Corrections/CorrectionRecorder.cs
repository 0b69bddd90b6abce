using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Api.Corrections;

/// <summary>
/// Records a correction and its training job in one transaction (the machine's values stay as they were), then writes
/// the training entry on <c>ocr:ai</c>. If Redis cannot take it, the training job stays undispatched and the status
/// says so; the correction itself is kept either way.
/// </summary>
public sealed partial class CorrectionRecorder(
    OcrDbContext db,
    TrainingPublisher publisher,
    ITrainingNotifier notifier,
    TimeProvider timeProvider,
    ILogger<CorrectionRecorder> logger)
{
    public async Task<CorrectionOutcome> RecordAsync(Guid jobId, string userId, IReadOnlyDictionary<string, string?> fields, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == jobId && j.UserId == userId, cancellationToken);
        if (job is null || job.Status != OcrJobStatus.Completed)
        {
            return new CorrectionOutcome(job, null);
        }

        var now = timeProvider.GetUtcNow();
        var machine = MachineValues(job.ExtractedDataJson);
        var entries = CorrectionHistory.Serialize([.. fields.Select(f => new FieldCorrection(f.Key, machine.GetValueOrDefault(f.Key), f.Value, now))]);
        var training = new TrainingJob { Id = Guid.NewGuid(), UserId = userId, OcrJobId = job.Id, Status = TrainingJobStatus.Queued, CreatedAt = now };
        if (!await AppendAsync(job, entries, training, cancellationToken))
        {
            await db.Entry(job).ReloadAsync(cancellationToken);
            return new CorrectionOutcome(job, null);
        }

        await db.Entry(job).ReloadAsync(cancellationToken);
        notifier.Training(userId, training.Id, "queued", $"Learning from the correction of {job.FileName}", new OcrNotificationData { OcrResultId = job.Id, Progress = 0 });
        try
        {
            await publisher.PublishAsync(training.Id, cancellationToken);
            training.DispatchedAt = timeProvider.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogNotDispatched(logger, training.Id, ex.Message);
        }

        return new CorrectionOutcome(job, training);
    }

    /// <summary>
    /// Appends the entries to the stored history in one UPDATE (two corrections at once both land: no read-modify-write
    /// of the history) and adds the training job, in one transaction; false when the job is no longer completed.
    /// </summary>
    private Task<bool> AppendAsync(OcrJob job, string entries, TrainingJob training, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var completed = nameof(OcrJobStatus.Completed);
            var appended = await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                UPDATE ocr_jobs SET "CorrectionsJson" = COALESCE("CorrectionsJson", '[]'::jsonb) || CAST({entries} AS jsonb)
                WHERE "Id" = {job.Id} AND "UserId" = {job.UserId} AND "Status" = {completed}
                """,
                ct);
            if (appended == 0)
            {
                return false;
            }

            db.TrainingJobs.Add(training);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);

    /// <summary>The machine's value of each field, as text, from the stored result.</summary>
    private static Dictionary<string, string?> MachineValues(string? extractedDataJson)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (extractedDataJson is null)
        {
            return values;
        }

        using var document = JsonDocument.Parse(extractedDataJson);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetDecimal().ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
        }

        return values;
    }

    [LoggerMessage(LogLevel.Warning, "Training job {TrainingId} was not written to the ai stream: {Reason}")]
    private static partial void LogNotDispatched(ILogger logger, Guid trainingId, string reason);
}
