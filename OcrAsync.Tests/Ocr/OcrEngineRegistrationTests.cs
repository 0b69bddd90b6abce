using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcrAsync.Tests.Ocr;

public sealed class OcrEngineRegistrationTests
{
    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddOcrEngine();
        return builder.Build();
    }

    [Fact]
    public async Task Registers_the_pool_as_IPageRecognizer_and_reports_ready_after_warm_up()
    {
        using var host = Build(("Ocr:EngineCount", "1"), ("Ocr:Languages", "eng"));
        await host.StartAsync();

        var pool = Assert.IsType<OcrEnginePool>(host.Services.GetRequiredService<IPageRecognizer>());
        Assert.Same(pool, host.Services.GetRequiredService<OcrEnginePool>());
        Assert.Equal(1, pool.EngineCount);
        await pool.WhenReady.WaitAsync(TimeSpan.FromSeconds(30));

        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Entries["ocr"].Status);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Ocr:EngineCount", "0")]
    [InlineData("Ocr:EngineCount", "65")]
    [InlineData("Ocr:Languages", "eng vie")]
    [InlineData("Ocr:Preprocessing:PhotoThresholding", "7")]
    [InlineData("Ocr:Preprocessing:FieldPassBelowConfidence", "1.5")]
    [InlineData("Ocr:Preprocessing:MinUpscale", "3.5")]
    public async Task Invalid_options_fail_at_start(string key, string value)
    {
        using var host = Build((key, value));

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
