namespace OcrAsync.Tests.Infrastructure;

/// <summary>
/// Reads the committed azd infrastructure (infra/, OcrAsync.AppHost/infra/*.tmpl.yaml): the worker scales on every
/// stream it reads, with the names the worker uses, and the replica bounds are parameters.
/// </summary>
public sealed partial class InfraScaleRuleTests
{
    private static readonly string AppHostInfra = Path.Combine(RepositoryPaths.Root, "OcrAsync.AppHost", "infra");

    private static string Template(string service) => File.ReadAllText(Path.Combine(AppHostInfra, $"{service}.tmpl.yaml"));

    /// <summary>Every stream the worker consumes, with the consumer group that reads it.</summary>
    private static readonly IReadOnlyDictionary<string, string> ConsumedStreams =
        OcrStreams.ReadOrder.ToDictionary(OcrStreams.ForPriority, _ => OcrStreams.ConsumerGroup)
            .Append(new KeyValuePair<string, string>(AiStreams.Stream, AiStreams.ConsumerGroup))
            .ToDictionary();

    [Fact]
    public void The_worker_has_one_redis_streams_rule_on_the_lag_of_each_stream_it_consumes_with_its_group()
    {
        var rules = ScaleRule.ReadAll(Template(ResourceNames.Worker));

        Assert.All(rules, rule =>
        {
            Assert.Equal("redis-streams", rule.Type);
            Assert.True(ConsumedStreams.TryGetValue(rule.Metadata["stream"], out var group), $"rule {rule.Name}: unknown stream {rule.Metadata["stream"]}");
            Assert.Equal(group, rule.Metadata["consumerGroup"]);
            // lagCount (Redis 7+) is what lets the app scale to zero; pendingEntriesCount would never see new entries.
            Assert.True(int.Parse(rule.Metadata["lagCount"], System.Globalization.CultureInfo.InvariantCulture) > 0, $"rule {rule.Name} has no lagCount");
            Assert.DoesNotContain("pendingEntriesCount", rule.Metadata.Keys);
            Assert.Equal(["address", "password"], rule.AuthParameters.Order(StringComparer.Ordinal));
        });
        Assert.Equal(ConsumedStreams.Keys.Order(StringComparer.Ordinal), rules.Select(r => r.Metadata["stream"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_stream_or_group_name_anywhere_in_the_infra_files_is_one_the_worker_uses()
    {
        var known = ConsumedStreams.Keys.Concat(ConsumedStreams.Values)
            .Append(OcrStreams.DeadLetterStream).Append(AiStreams.DeadLetterStream)
            .ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(AppHostInfra, "*.tmpl.yaml")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "infra")))
            .ToList();
        var found = files
            .SelectMany(f => File.ReadLines(f).Select(l => l.Split('#')[0]).SelectMany(l => StreamLike().Matches(l)).Select(m => (File: Path.GetFileName(f), Name: m.Value)))
            .ToList();

        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.True(known.Contains(f.Name), $"{f.File} names '{f.Name}', which OcrAsync.Core/Messaging does not"));
    }

    [Theory]
    [InlineData(ResourceNames.Worker, ScaleParameters.WorkerMinReplicas, ScaleParameters.WorkerMaxReplicas)]
    [InlineData(ResourceNames.Api, ScaleParameters.ApiMinReplicas, ScaleParameters.ApiMaxReplicas)]
    public void Replica_bounds_are_parameters_declared_in_the_apphost_and_main_bicep(string service, string min, string max)
    {
        var template = Template(service);
        var mainBicep = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.bicep"));
        var parameters = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.parameters.json"));

        foreach (var (key, name) in new[] { ("minReplicas", min), ("maxReplicas", max) })
        {
            var bicepName = name.Replace('-', '_');
            Assert.Equal($"{{{{ parameter \"{bicepName}\" }}}}", ScaleRule.Value(template, key));
            Assert.Contains(ScaleParameters.All, p => p.Name == name);
            Assert.Matches($@"(?m)^param {bicepName} string = '{ScaleParameters.All.Single(p => p.Name == name).Default}'$", mainBicep);
            Assert.Contains($"\"{bicepName}\"", parameters, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_api_scales_on_http_concurrency()
    {
        var rule = Assert.Single(ScaleRule.ReadAll(Template(ResourceNames.Api)));

        Assert.Equal("http", rule.Type);
        Assert.True(int.Parse(rule.Metadata["concurrentRequests"], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    /// <summary>Anything shaped like one of our Redis key names: "ocr:…" or a "-workers"/"-trainers" group.</summary>
    [GeneratedRegex(@"\bocr:[a-z:]+|\b[a-z]+-(workers|trainers)\b")]
    private static partial Regex StreamLike();
}
