namespace OcrAsync.Api.Uploads;

/// <summary>
/// Times the POSTs under <see cref="OcrApi.RoutePrefix"/> (<see cref="AcceptTimings"/>): the uploads mark their phases, a cancel
/// gets only the total; other requests pay one method comparison.
/// </summary>
public static class AcceptTimingExtensions
{
    public const string HeaderName = "Server-Timing";

    /// <summary>First in the pipeline, so the time before the endpoint (authentication, rate limit) is measured too.</summary>
    public static WebApplication UseAcceptTimings(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && context.Request.Path.StartsWithSegments(OcrApi.RoutePrefix, StringComparison.OrdinalIgnoreCase))
            {
                var timings = AcceptTimings.StartNow();
                context.Features.Set(timings);
                context.Response.OnStarting(static state =>
                {
                    var (response, timings) = ((HttpResponse, AcceptTimings))state;
                    response.Headers[HeaderName] = timings.ToHeaderValue();
                    return Task.CompletedTask;
                }, (context.Response, timings));
            }

            return next(context);
        });
        return app;
    }

    /// <summary>Ends the request's current phase, if the request is timed.</summary>
    public static void MarkAcceptPhase(this HttpContext context, string phase) =>
        context.Features.Get<AcceptTimings>()?.Mark(phase);
}
