namespace OcrAsync.Core.Ocr;

public static class OcrEngineExtensions
{
    /// <summary>Registers the Tesseract pool as the singleton <see cref="IPageRecognizer"/>, with "Ocr" options and an "ocr" readiness check.</summary>
    public static IHostApplicationBuilder AddOcrEngine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<OcrEngineOptions>();

        builder.Services.AddSingleton<OcrEnginePool>();
        builder.Services.AddSingleton<IPageRecognizer>(sp => sp.GetRequiredService<OcrEnginePool>());
        builder.Services.AddHostedService<OcrEngineStartup>();
        builder.Services.AddHealthChecks().AddCheck<OcrEngineHealthCheck>("ocr");
        return builder;
    }
}
