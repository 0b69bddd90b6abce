using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using OcrAsync.Core.Hosting;

namespace OcrAsync.Tests.Hosting;

public sealed class ValidatedOptionsTests
{
    [Fact]
    public void Options_asked_for_by_two_parts_are_bound_and_validated_once()
    {
        var services = new ServiceCollection();

        services.AddValidatedOptions<SampleOptions>();
        services.AddValidatedOptions<SampleOptions>();

        Assert.Single(services, d => d.ServiceType == typeof(IOptionsChangeTokenSource<SampleOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(IConfigureOptions<SampleOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SampleOptions>));
    }

    [Fact]
    public void Options_registered_once_still_bind_their_section_and_refuse_a_bad_value()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sample:Limit"] = "500" })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddValidatedOptions<SampleOptions>();
        services.AddValidatedOptions<SampleOptions>();

        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SampleOptions>>().Value);
        Assert.Contains("Limit", error.Message, StringComparison.Ordinal);
    }

    private sealed class SampleOptions : IOptionsSection
    {
        public static string SectionName => "Sample";

        [Range(1, 100)]
        public int Limit { get; set; } = 10;
    }
}
