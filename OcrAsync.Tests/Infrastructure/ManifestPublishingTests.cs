namespace OcrAsync.Tests.Infrastructure;

/// <summary>Publishes the real AppHost's manifest (what azd deploys) and checks its shape.</summary>
public sealed class ManifestPublishingTests : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("ocrasync-manifest-");

    private JsonElement _resources;

    // Auto would probe for Docker; publishing must pick containers without asking, so say Local to prove it.
    public async Task InitializeAsync() =>
        _resources = await ManifestPublisher.PublishAsync(_output, new Dictionary<string, string> { ["Infrastructure"] = "Local" });

    [Fact]
    public void Redis_and_postgres_are_containers_and_nothing_is_a_local_executable()
    {
        Assert.Equal("container.v0", Type("redis"));
        Assert.Equal("container.v0", Type("postgres"));
        Assert.Equal("value.v0", Type("ocrdb"));
        Assert.DoesNotContain(_resources.EnumerateObject(), r => r.Value.GetProperty("type").GetString() == "executable.v0");
    }

    [Fact]
    public void The_api_and_worker_reference_both_connection_strings_and_the_worker_limits_openmp()
    {
        Assert.Equal("project.v0", Type("api"));
        foreach (var service in new[] { "api", "worker" })
        {
            var env = _resources.GetProperty(service).GetProperty("env");
            Assert.Equal("{redis.connectionString}", env.GetProperty("ConnectionStrings__redis").GetString());
            Assert.Equal("{ocrdb.connectionString}", env.GetProperty("ConnectionStrings__ocrdb").GetString());
        }

        Assert.Equal("1", _resources.GetProperty("worker").GetProperty("env").GetProperty("OMP_THREAD_LIMIT").GetString());
        Assert.True(_resources.GetProperty("api").GetProperty("bindings").GetProperty("http").GetProperty("external").GetBoolean());
    }

    [Fact]
    public void The_api_and_worker_export_metrics_every_30_s_and_spans_and_logs_every_5_s()
    {
        foreach (var service in new[] { "api", "worker" })
        {
            var env = _resources.GetProperty(service).GetProperty("env");
            Assert.Equal("30000", env.GetProperty("OTEL_METRIC_EXPORT_INTERVAL").GetString());
            Assert.Equal("5000", env.GetProperty("OTEL_BSP_SCHEDULE_DELAY").GetString());
            Assert.Equal("5000", env.GetProperty("OTEL_BLRP_SCHEDULE_DELAY").GetString());
        }
    }

    [Fact]
    public void The_worker_is_built_from_its_dockerfile_because_the_default_image_lacks_tesseract()
    {
        var worker = _resources.GetProperty("worker");

        Assert.Equal("container.v1", Type("worker"));
        Assert.EndsWith("OcrAsync.Worker/Dockerfile", worker.GetProperty("build").GetProperty("dockerfile").GetString());
        Assert.Equal(8080, worker.GetProperty("bindings").GetProperty("http").GetProperty("targetPort").GetInt32());
    }

    private string? Type(string resource) => _resources.GetProperty(resource).GetProperty("type").GetString();

    public Task DisposeAsync()
    {
        _output.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
