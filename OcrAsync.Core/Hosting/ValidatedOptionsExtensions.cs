namespace OcrAsync.Core.Hosting;

public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the configuration section it names (<see cref="IOptionsSection.SectionName"/>)
    /// and checks its data annotations when the host starts, so that a bad setting stops the start with its name instead
    /// of failing a request later. Every options class of the hosts is registered this way. Parts that need the same options each ask for them (the API's uploads
    /// and the pipeline it runs itself when no worker is up): the first call binds and validates, later ones add nothing.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services)
        where TOptions : class, IOptionsSection
    {
        // Only a configuration binding registers a change token source: its presence says the section is bound already.
        if (services.Any(d => d.ServiceType == typeof(IOptionsChangeTokenSource<TOptions>)))
        {
            return new OptionsBuilder<TOptions>(services, Options.DefaultName);
        }

        return services.AddOptions<TOptions>()
            .BindConfiguration(TOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }
}
