namespace OcrAsync.Core.Hosting;

public static class BackgroundLoopExtensions
{
    /// <summary>
    /// Registers <see cref="BackgroundLoop"/>, its monitor and the "background-loops" health check. Loops survive their
    /// own failures; a background service that still faults is logged and the host carries on (its health says so)
    /// instead of stopping every other service with it.
    /// </summary>
    public static IHostApplicationBuilder AddBackgroundLoops(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LoopMonitor>();
        builder.Services.AddSingleton<BackgroundLoop>();
        builder.Services.AddHealthChecks().AddCheck<BackgroundLoopHealthCheck>("background-loops");
        builder.Services.Configure<HostOptions>(options => options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        return builder;
    }
}
