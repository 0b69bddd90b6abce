using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Core.Data;

/// <summary>Templates by owner: another user's template is never found.</summary>
public sealed class TemplateRepository(OcrDbContext db, TimeProvider timeProvider) : ITemplateChoiceSource
{
    /// <summary>At most this many templates per user; also bounds the keyword matching done per document.</summary>
    public const int MaxPerUser = 100;

    public async Task<IReadOnlyList<InvoiceTemplate>> ListAsync(string ownerId, CancellationToken cancellationToken)
    {
        var stored = await db.Templates.AsNoTracking()
            .Where(t => t.OwnerId == ownerId)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return stored.Select(t => t.ToTemplate()).ToList();
    }

    public async Task<InvoiceTemplate?> FindAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var key)
            ? (await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == key && t.OwnerId == ownerId, cancellationToken))?.ToTemplate()
            : null;

    public Task<bool> ExistsAsync(string ownerId, Guid id, CancellationToken cancellationToken) =>
        db.Templates.AnyAsync(t => t.Id == id && t.OwnerId == ownerId, cancellationToken);

    /// <summary>Stores a new template; null when the owner already has <see cref="MaxPerUser"/>.</summary>
    public async Task<InvoiceTemplate?> AddAsync(string ownerId, InvoiceTemplate template, CancellationToken cancellationToken)
    {
        if (await db.Templates.CountAsync(t => t.OwnerId == ownerId, cancellationToken) >= MaxPerUser)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        var stored = new StoredTemplate
        {
            Id = Guid.NewGuid(),
            OwnerId = ownerId,
            Name = template.Name.Trim(),
            DefinitionJson = StoredTemplate.ToDefinitionJson(template),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Templates.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return stored.ToTemplate();
    }

    public async Task<InvoiceTemplate?> UpdateAsync(string ownerId, string id, InvoiceTemplate template, CancellationToken cancellationToken)
    {
        var stored = Guid.TryParse(id, out var key)
            ? await db.Templates.FirstOrDefaultAsync(t => t.Id == key && t.OwnerId == ownerId, cancellationToken)
            : null;
        if (stored is null)
        {
            return null;
        }

        stored.Name = template.Name.Trim();
        stored.DefinitionJson = StoredTemplate.ToDefinitionJson(template);
        stored.UpdatedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return stored.ToTemplate();
    }

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var key)
        && await db.Templates.Where(t => t.Id == key && t.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) == 1;

    /// <summary>What a job may be read with: the template its upload named (if it still exists), else all its owner's templates.</summary>
    public async Task<TemplateChoice> ChoiceForAsync(OcrJob job, CancellationToken cancellationToken)
    {
        if (job.TemplateId is { } id)
        {
            return await FindAsync(job.UserId, id, cancellationToken) is { } named
                ? TemplateChoice.Named(named)
                : new TemplateChoice(null, [], id);
        }

        var candidates = await ListAsync(job.UserId, cancellationToken);
        return candidates.Count == 0 ? TemplateChoice.None : new TemplateChoice(null, candidates);
    }
}
