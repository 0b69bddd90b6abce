using OcrAsync.Core.Data;
using OcrAsync.Core.Templates.Learning;
using OcrAsync.Core.Templates;

namespace OcrAsync.Worker.Training;

/// <summary>
/// Learns from a corrected job: adds it to the user's learned template for that vendor (the one whose identity words
/// the document shows), or creates one.
/// </summary>
public sealed class VendorTrainer(TrainingStore training, JobStore jobs, TemplateRepository templates, TimeProvider timeProvider)
{
    public async Task<(InvoiceTemplate Template, LearningOutcome Outcome)> TrainAsync(TrainingJob job, CancellationToken cancellationToken)
    {
        var ocrJob = await jobs.FindAsync(job.OcrJobId, cancellationToken)
            ?? throw new TrainingRejectedException("The corrected job no longer exists.");
        // A duplicate upload took another job's result: that job's words are the document's.
        var pages = await training.LoadPagesAsync(job.OcrJobId, cancellationToken)
            ?? (ocrJob.ReusedFromId is { } source ? await training.LoadPagesAsync(source, cancellationToken) : null)
            ?? throw new TrainingRejectedException("The job's recognised words were not kept (it was processed before learning existed); upload the invoice again and correct that result.");
        var corrections = CorrectionHistory.Current(CorrectionHistory.Parse(ocrJob.CorrectionsJson));
        var machine = ocrJob.ExtractedDataJson is null ? null : JsonSerializer.Deserialize<InvoiceData>(ocrJob.ExtractedDataJson, OcrJsonOptions.Default);
        var existing = TemplateLearner.VendorTemplate(await templates.ListAsync(job.UserId, cancellationToken), pages);

        var outcome = TemplateLearner.Learn(pages, corrections, corrections.GetValueOrDefault("vendor_name") ?? machine?.VendorName,
            existing, job.OcrJobId.ToString(), timeProvider.GetUtcNow());
        if (outcome.FieldsLearned.Count == 0)
        {
            throw new TrainingRejectedException(outcome.FieldsNotFound.Count > 0
                ? $"None of the corrected values was found on the page ({string.Join(", ", outcome.FieldsNotFound)}); check them against the document."
                : "The correction has no value to learn from (only cleared fields).");
        }

        var saved = existing?.Id is { } id
            ? await templates.UpdateAsync(job.UserId, id, outcome.Template, cancellationToken)
            : await templates.AddAsync(job.UserId, outcome.Template, cancellationToken);
        return saved is null
            ? throw new TrainingRejectedException($"You already have {TemplateRepository.MaxPerUser} templates; delete one so this vendor can be learned.")
            : (saved, outcome);
    }
}
