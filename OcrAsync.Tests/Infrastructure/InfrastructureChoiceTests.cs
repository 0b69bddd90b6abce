using OcrAsync.AppHost.Infrastructure;

namespace OcrAsync.Tests.Infrastructure;

public sealed class InfrastructureChoiceTests
{
    [Theory]
    [InlineData(InfrastructureMode.Auto)]
    [InlineData(InfrastructureMode.Local)]
    [InlineData(InfrastructureMode.Containers)]
    public void Publishing_always_uses_containers(InfrastructureMode mode)
    {
        var choice = InfrastructureChoice.Decide(mode, isPublishMode: true, () => false);

        Assert.True(choice.UseContainers);
    }

    [Theory]
    [InlineData(InfrastructureMode.Auto, true, true)]
    [InlineData(InfrastructureMode.Auto, false, false)]
    [InlineData(InfrastructureMode.Local, true, false)]
    [InlineData(InfrastructureMode.Containers, false, true)]
    public void In_run_mode_the_setting_decides_and_auto_asks_the_runtime(InfrastructureMode mode, bool runtimeHealthy, bool expectContainers)
    {
        var choice = InfrastructureChoice.Decide(mode, isPublishMode: false, () => runtimeHealthy);

        Assert.Equal(expectContainers, choice.UseContainers);
        Assert.False(string.IsNullOrWhiteSpace(choice.Reason));
    }

    [Fact]
    public void An_explicit_setting_does_not_probe_the_runtime()
    {
        var probed = false;

        InfrastructureChoice.Decide(InfrastructureMode.Local, isPublishMode: false, () => probed = true);

        Assert.False(probed);
    }
}
