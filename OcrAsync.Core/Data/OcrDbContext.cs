using Microsoft.EntityFrameworkCore;

namespace OcrAsync.Core.Data;

public sealed class OcrDbContext(DbContextOptions<OcrDbContext> options) : DbContext(options)
{
    public DbSet<OcrJob> Jobs => Set<OcrJob>();
    public DbSet<OcrJobFile> JobFiles => Set<OcrJobFile>();
    public DbSet<StoredTemplate> Templates => Set<StoredTemplate>();
    public DbSet<Corrections.OcrJobPages> JobPages => Set<Corrections.OcrJobPages>();
    public DbSet<Corrections.TrainingJob> TrainingJobs => Set<Corrections.TrainingJob>();
    public DbSet<Upkeep.UpkeepRun> UpkeepRuns => Set<Upkeep.UpkeepRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OcrJob>(job =>
        {
            job.ToTable("ocr_jobs");
            job.HasKey(j => j.Id);
            job.HasIndex(j => j.TaskId).IsUnique();
            job.HasIndex(j => new { j.UserId, j.CreatedAt });
            job.HasIndex(j => j.BatchId).HasFilter("\"BatchId\" IS NOT NULL");
            job.HasIndex(j => new { j.UserId, j.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
            // Duplicate uploads: finished jobs of one user by file content.
            job.HasIndex(j => new { j.UserId, j.ContentHash }).HasFilter("\"ContentHash\" IS NOT NULL");
            // The outbox relay scans only undispatched rows.
            job.HasIndex(j => j.CreatedAt).HasFilter("\"DispatchedAt\" IS NULL").HasDatabaseName("IX_ocr_jobs_undispatched");
            job.Property(j => j.UserId).HasMaxLength(256);
            job.Property(j => j.FileName).HasMaxLength(512);
            job.Property(j => j.ContentType).HasMaxLength(100);
            job.Property(j => j.TemplateId).HasMaxLength(100);
            job.Property(j => j.Language).HasMaxLength(50);
            job.Property(j => j.IdempotencyKey).HasMaxLength(200);
            job.Property(j => j.ContentHash).HasMaxLength(64);
            job.Property(j => j.LastError).HasMaxLength(JobLifecycle.MaxErrorLength);
            job.Property(j => j.TraceId).HasMaxLength(32);
            job.Property(j => j.StatusMessage).HasMaxLength(500);
            job.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
            job.Property(j => j.Priority).HasConversion<string>().HasMaxLength(10);
            job.Property(j => j.ExtractedDataJson).HasColumnType("jsonb");
            job.Property(j => j.CorrectionsJson).HasColumnType("jsonb");
            job.HasOne(j => j.File).WithOne().HasForeignKey<OcrJobFile>(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OcrJobFile>(file =>
        {
            // Rows are written once, read once by the worker, deleted by retention: no insert-triggered autovacuum. With
            // it, the file table's TOAST table (~44 pages an upload) is vacuumed every 20 % of growth: each pass re-reads and
            // re-dirties every page written since the last (setting all-visible), doubling the disk writes of the uploads
            // and taking their relation-extension lock, while uploads commit. Dead rows still trigger vacuum, but not the
            // first few: a TOAST table is never analysed, so until its first vacuum Postgres counts it as empty and one
            // aborted upload (~175 dead chunks > the default 50) set off a pass over the whole table. 100 000 chunks is
            // ~570 uploads' worth (~200 MB). Wraparound vacuum still runs. BENCHMARKS.md, "202 p99, the events behind".
            file.ToTable("ocr_job_files");
            file.HasStorageParameter("autovacuum_vacuum_insert_threshold", -1)
                .HasStorageParameter("toast.autovacuum_vacuum_insert_threshold", -1)
                .HasStorageParameter("toast.autovacuum_vacuum_threshold", 100_000);
            file.HasKey(f => f.JobId);
        });

        modelBuilder.Entity<Corrections.OcrJobPages>(pages =>
        {
            pages.ToTable("ocr_job_pages");
            pages.HasKey(p => p.JobId);
            pages.HasOne<OcrJob>().WithOne().HasForeignKey<Corrections.OcrJobPages>(p => p.JobId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Corrections.TrainingJob>(training =>
        {
            training.ToTable("training_jobs");
            training.HasKey(t => t.Id);
            training.HasIndex(t => new { t.UserId, t.CreatedAt });
            training.HasIndex(t => t.CreatedAt).HasFilter("\"DispatchedAt\" IS NULL").HasDatabaseName("IX_training_jobs_undispatched");
            training.Property(t => t.UserId).HasMaxLength(256);
            training.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            training.Property(t => t.LastError).HasMaxLength(JobLifecycle.MaxErrorLength);
            training.Property(t => t.ErrorMessage).HasMaxLength(JobLifecycle.MaxErrorLength);
            training.HasOne<OcrJob>().WithMany().HasForeignKey(t => t.OcrJobId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Upkeep.UpkeepRun>(run =>
        {
            run.ToTable("upkeep_runs");
            run.HasKey(r => r.Schedule);
            run.Property(r => r.Schedule).HasMaxLength(50);
        });

        modelBuilder.Entity<StoredTemplate>(template =>
        {
            template.ToTable("invoice_templates");
            template.HasKey(t => t.Id);
            template.HasIndex(t => new { t.OwnerId, t.CreatedAt });
            template.Property(t => t.OwnerId).HasMaxLength(256);
            template.Property(t => t.Name).HasMaxLength(InvoiceTemplateValidator.MaxNameLength);
            template.Property(t => t.DefinitionJson).HasColumnType("jsonb");
        });
    }
}
