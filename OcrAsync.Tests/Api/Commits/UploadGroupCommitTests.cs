using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OcrAsync.Api.Resilience;
using OcrAsync.Api.Services.Commits;
using OcrAsync.Core.Jobs;
using OcrAsync.Tests.Api.Fakes;

namespace OcrAsync.Tests.Api.Commits;

/// <summary>
/// The group commit of uploads on a scripted writer: what goes into one transaction, what each waiting request hears
/// when its batch commits, fails, passes its deadline or when the request is gone before its batch is written.
/// </summary>
public sealed class UploadGroupCommitTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly ScriptedBatchWriter _writer = new();
    private readonly FakeTimeProvider _time = new();
    private readonly AcceptOptions _options = new()
    {
        DatabaseTimeout = TimeSpan.FromSeconds(5), GroupCommitWriters = 1, GroupCommitMaxUploads = 4, GroupCommitMaxBytes = 2_000_000,
    };
    private readonly UploadGroupCommit _group;

    public UploadGroupCommitTests() =>
        _group = new UploadGroupCommit(_writer, Options.Create(_options), _time, NullLogger<UploadGroupCommit>.Instance);

    public Task InitializeAsync() => _group.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _group.StopAsync(CancellationToken.None).WaitAsync(Wait);
        _group.Dispose();
    }

    [Fact]
    public async Task Uploads_arriving_while_a_batch_is_written_are_committed_together_in_the_next_one()
    {
        var first = Commit(out var firstJob);
        Assert.Equal([firstJob], await _writer.HeldAsync());
        var waiting = Enumerable.Range(0, 3).Select(i => Commit(out OcrJob _)).ToList();
        await Task.Delay(100);
        Assert.All(waiting, w => Assert.False(w.IsCompleted, "answered before its batch was committed"));

        _writer.Release();
        await first.WaitAsync(Wait);
        Assert.Equal(3, (await _writer.HeldAsync()).Count);
        Assert.All(waiting, w => Assert.False(w.IsCompleted, "answered before its batch was committed"));
        _writer.Release();
        await Task.WhenAll(waiting).WaitAsync(Wait);
        Assert.Equal([1, 3], _writer.Batches.Select(b => b.Count));
    }

    [Fact]
    public async Task With_two_writers_a_second_batch_is_written_while_the_first_waits_for_its_commit()
    {
        var options = new AcceptOptions { GroupCommitWriters = 2 };
        var writer = new ScriptedBatchWriter();
        using var group = new UploadGroupCommit(writer, Options.Create(options), _time, NullLogger<UploadGroupCommit>.Instance);
        await group.StartAsync(CancellationToken.None);
        var first = group.CommitAsync(NewJob(), 1000, CancellationToken.None);
        await writer.HeldAsync();
        writer.Release();
        await first.WaitAsync(Wait);

        var a = group.CommitAsync(NewJob(), 1000, CancellationToken.None);
        await writer.HeldAsync();
        var b = group.CommitAsync(NewJob(), 1000, CancellationToken.None);
        await writer.HeldAsync(); // the second writer holds b while a's batch is not committed yet
        Assert.False(a.IsCompleted);
        writer.Release();
        writer.Release();
        await Task.WhenAll(a, b).WaitAsync(Wait);
        await group.StopAsync(CancellationToken.None).WaitAsync(Wait);
    }

    [Fact]
    public async Task A_batch_holds_at_most_the_configured_uploads_and_bytes_and_the_rest_follow_in_order()
    {
        _ = Commit(out _);
        await _writer.HeldAsync();
        var jobs = new List<OcrJob>();
        var waiting = Enumerable.Range(0, 6).Select(i => { var t = Commit(out var job, bytes: 600_000); jobs.Add(job); return t; }).ToList();
        _writer.Answer = _ => null;
        _writer.Release();
        await Task.WhenAll(waiting).WaitAsync(Wait);

        // 2 000 000 bytes a batch: three files of 600 000 fit, a fourth does not.
        var batches = _writer.Batches.Skip(1).ToList();
        Assert.Equal([3, 3], batches.Select(b => b.Count));
        Assert.Equal(jobs, batches.SelectMany(b => b));
    }

    [Fact]
    public async Task A_failed_batch_answers_every_upload_in_it_with_database_unavailable_and_stores_none()
    {
        _ = Commit(out _);
        await _writer.HeldAsync();
        var waiting = Enumerable.Range(0, 3).Select(i => Commit(out OcrJob _)).ToList();
        _writer.Release();
        await _writer.HeldAsync();
        _writer.Fail(new NpgsqlException("connection reset", new IOException("reset")));

        foreach (var upload in waiting)
        {
            var failure = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => upload.WaitAsync(Wait));
            Assert.Contains("cannot be reached", failure.Message, StringComparison.Ordinal);
        }

        Assert.Equal(2, _writer.Batches.Count);
    }

    [Fact]
    public async Task A_batch_past_the_deadline_is_cancelled_and_each_upload_in_it_hears_database_unavailable()
    {
        var upload = Commit(out _);
        await _writer.HeldAsync();

        _time.Advance(_options.DatabaseTimeout);
        var failure = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => upload.WaitAsync(Wait));
        Assert.Contains("did not answer within 5 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_refused_for_one_upload_is_written_again_one_by_one_so_only_that_upload_fails()
    {
        _ = Commit(out _);
        await _writer.HeldAsync();
        var conflicting = Commit(out var conflictingJob);
        var others = Enumerable.Range(0, 2).Select(i => Commit(out OcrJob _)).ToList();
        var refusal = new DbUpdateException("duplicate key value violates unique constraint");
        _writer.Answer = jobs => jobs.Contains(conflictingJob) ? refusal : null;
        _writer.Release();

        Assert.Same(refusal, await Assert.ThrowsAsync<DbUpdateException>(() => conflicting.WaitAsync(Wait)));
        await Task.WhenAll(others).WaitAsync(Wait);
        Assert.Contains(_writer.Batches, b => b.Count > 1 && b.Contains(conflictingJob));
        Assert.Equal(4, _writer.Batches.Count(b => b.Count == 1)); // the first upload's batch, then the three alone
    }

    [Fact]
    public async Task An_upload_whose_request_is_aborted_before_its_batch_is_taken_is_not_written()
    {
        _ = Commit(out _);
        await _writer.HeldAsync();
        using var aborted = new CancellationTokenSource();
        var gone = Commit(out var goneJob, aborted.Token);
        var kept = Commit(out var keptJob);
        await aborted.CancelAsync();
        _writer.Answer = _ => null;
        _writer.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone.WaitAsync(Wait));
        await kept.WaitAsync(Wait);
        Assert.DoesNotContain(_writer.Batches, b => b.Contains(goneJob));
        Assert.Contains(_writer.Batches, b => b.Contains(keptJob));
    }

    [Fact]
    public async Task An_upload_queued_past_the_deadline_is_answered_database_unavailable_without_being_written()
    {
        var first = Commit(out _);
        await _writer.HeldAsync();
        var late = Commit(out var lateJob);
        _time.Advance(_options.DatabaseTimeout);
        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => first.WaitAsync(Wait));

        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => late.WaitAsync(Wait));
        Assert.DoesNotContain(_writer.Batches, b => b.Contains(lateJob));
    }

    [Fact]
    public async Task Uploads_still_queued_when_the_api_stops_hear_database_unavailable()
    {
        _ = Commit(out _);
        await _writer.HeldAsync();
        var queued = Commit(out _);

        await _group.StopAsync(CancellationToken.None).WaitAsync(Wait);
        var failure = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => queued.WaitAsync(Wait));
        Assert.Contains("stopping", failure.Message, StringComparison.Ordinal);
    }

    private Task Commit(out OcrJob job, CancellationToken cancellationToken = default, long bytes = 1000)
    {
        job = NewJob();
        return _group.CommitAsync(job, bytes, cancellationToken);
    }

    private OcrJob NewJob() =>
        new()
        {
            Id = Guid.NewGuid(),
            UserId = "alice",
            FileName = "invoice.png",
            ContentType = "image/png",
            Status = OcrJobStatus.Queued,
            CreatedAt = _time.GetUtcNow(),
        };
}
