namespace OcrAsync.Tests.Jobs;

public sealed class JobLifecycleTests
{
    public static TheoryData<OcrJobStatus> States => [.. Enum.GetValues<OcrJobStatus>()];

    [Theory]
    [MemberData(nameof(States))]
    public void A_final_state_is_never_left(OcrJobStatus state)
    {
        var moves = JobLifecycle.Transitions.Where(t => t.From == state).ToList();
        Assert.Equal(JobLifecycle.IsFinal(state), moves.Count == 0);
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Every_state_can_be_reached_and_active_states_are_the_ones_not_final(OcrJobStatus state)
    {
        Assert.True(state == OcrJobStatus.Queued || JobLifecycle.Transitions.Any(t => t.To == state));
        Assert.Equal(!JobLifecycle.IsFinal(state), JobLifecycle.Active.Contains(state));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void The_name_clients_see_is_what_the_api_enum_converter_writes(OcrJobStatus state)
    {
        Assert.Equal(JsonSerializer.Serialize(state, OcrJsonOptions.Default), $"\"{JobLifecycle.Name(state)}\"");
    }

    [Fact]
    public void A_cancelled_or_completed_job_cannot_be_picked_up_again()
    {
        Assert.False(JobLifecycle.CanMove(OcrJobStatus.Completed, OcrJobStatus.Processing));
        Assert.False(JobLifecycle.CanMove(OcrJobStatus.Cancelled, OcrJobStatus.Queued));
        Assert.True(JobLifecycle.CanMove(OcrJobStatus.Queued, OcrJobStatus.Processing));
        Assert.True(JobLifecycle.CanMove(OcrJobStatus.Processing, OcrJobStatus.Processing));
    }

    [Fact]
    public void An_error_is_stored_whole_up_to_the_column_length_and_cut_beyond_it()
    {
        var fits = new string('e', JobLifecycle.MaxErrorLength);

        Assert.Equal("Tesseract failed", JobLifecycle.ErrorText("Tesseract failed"));
        Assert.Same(fits, JobLifecycle.ErrorText(fits));
        Assert.Equal(fits, JobLifecycle.ErrorText(fits + "and more"));
    }
}
