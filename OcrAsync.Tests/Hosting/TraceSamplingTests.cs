using OpenTelemetry;
using OpenTelemetry.Trace;

namespace OcrAsync.Tests.Hosting;

/// <summary>
/// What the services export (<see cref="LeanSampler"/>, <see cref="NotableSpanPromoter"/>): traces up to a budget per
/// second, every failed or slow request, whole traces under a sampled caller, and no background client calls.
/// </summary>
public sealed class TraceSamplingTests
{
    private static readonly ActivityTraceId TraceId = ActivityTraceId.CreateRandom();

    [Fact]
    public void A_span_follows_a_sampled_parent_and_under_one_not_sampled_only_the_first_in_this_process_is_recorded()
    {
        var sampler = new LeanSampler(new TraceBudget(0, new FakeTimeProvider()));

        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler, Parent(sampled: true, remote: true), ActivityKind.Server));
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler, Parent(sampled: true, remote: false), ActivityKind.Client));
        Assert.Equal(SamplingDecision.RecordOnly, Decide(sampler, Parent(sampled: false, remote: true), ActivityKind.Consumer));
        Assert.Equal(SamplingDecision.Drop, Decide(sampler, Parent(sampled: false, remote: false), ActivityKind.Client));
    }

    [Fact]
    public void New_traces_are_sampled_up_to_the_budget_per_second_and_background_client_calls_never()
    {
        var clock = new FakeTimeProvider();
        var sampler = new LeanSampler(new TraceBudget(2, clock));

        Assert.Equal(SamplingDecision.Drop, Decide(sampler, default, ActivityKind.Client));
        var burst = Enumerable.Range(0, 5).Select(_ => Decide(sampler, default, ActivityKind.Server)).ToList();
        Assert.Equal([SamplingDecision.RecordAndSample, SamplingDecision.RecordAndSample, SamplingDecision.RecordOnly, SamplingDecision.RecordOnly, SamplingDecision.RecordOnly], burst);

        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler, default, ActivityKind.Internal));
        Assert.Equal(SamplingDecision.RecordOnly, Decide(sampler, default, ActivityKind.Server));
    }

    [Fact]
    public void Past_the_budget_a_failed_or_slow_request_is_exported_and_a_fine_one_is_not()
    {
        var source = $"trace-sampling-{Guid.NewGuid():N}";
        var exported = new ExportedSpans();
        using var provider = Sdk.CreateTracerProviderBuilder()
            .AddSource(source)
            .SetSampler(new LeanSampler(new TraceBudget(0, new FakeTimeProvider())))
            .AddProcessor(new NotableSpanPromoter(TimeSpan.FromSeconds(1)))
            .AddProcessor(exported)
            .Build();
        using var activities = new ActivitySource(source);

        using (var fine = activities.StartActivity("fine", ActivityKind.Server))
        using (activities.StartActivity("query", ActivityKind.Client))
        {
            Assert.NotNull(fine); // Recorded, so its trace id still goes into the job's status.
        }

        using (var failed = activities.StartActivity("failed", ActivityKind.Server))
        {
            failed!.SetStatus(ActivityStatusCode.Error);
        }

        using (var slow = activities.StartActivity("slow", ActivityKind.Server))
        {
            slow!.SetEndTime(slow.StartTimeUtc.AddSeconds(2));
        }

        using (var slowJob = activities.StartActivity("slow-job", ActivityKind.Internal))
        {
            slowJob!.SetEndTime(slowJob.StartTimeUtc.AddSeconds(2));
        }

        Assert.Equal(["failed", "slow"], exported.Names);
    }

    private static SamplingDecision Decide(Sampler sampler, ActivityContext parent, ActivityKind kind) =>
        sampler.ShouldSample(new SamplingParameters(parent, parent == default ? TraceId : parent.TraceId, "span", kind)).Decision;

    private static ActivityContext Parent(bool sampled, bool remote) =>
        new(TraceId, ActivitySpanId.CreateRandom(), sampled ? ActivityTraceFlags.Recorded : ActivityTraceFlags.None, isRemote: remote);

    /// <summary>Stands in for the exporter's processor: it exports the spans marked recorded when they end.</summary>
    private sealed class ExportedSpans : BaseProcessor<Activity>
    {
        public List<string> Names { get; } = [];

        public override void OnEnd(Activity data)
        {
            if (data.Recorded)
            {
                Names.Add(data.DisplayName);
            }
        }
    }
}
