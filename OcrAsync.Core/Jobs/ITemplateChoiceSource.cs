namespace OcrAsync.Core.Jobs;

/// <summary>
/// The templates a job may be read with (<see cref="Data.TemplateRepository"/>); a seam for the worker's tests. In the jobs
/// part because it takes a job (the templates themselves stay free of jobs).
/// </summary>
public interface ITemplateChoiceSource
{
    Task<TemplateChoice> ChoiceForAsync(OcrJob job, CancellationToken cancellationToken);
}
