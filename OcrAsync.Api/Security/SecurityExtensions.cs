namespace OcrAsync.Api.Security;

internal static class SecurityExtensions
{
    public static void AddAbuseProtection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<AbuseOptions>();

        // One token bucket per user: bursts are fine, a flood is not.
        builder.Services.AddSingleton<SubmitRateLimiter>();

        builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            var origins = builder.Configuration.GetSection($"{AbuseOptions.SectionName}:AllowedOrigins").Get<string[]>() ?? [];
            policy.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST");
        }));
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        return app;
    }

    /// <summary>The endpoint takes from the caller's submit allowance (<see cref="UseSubmitRateLimit"/>).</summary>
    public static TBuilder RequireSubmitRateLimit<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(SubmitRateLimitMetadata.Instance);

    /// <summary>
    /// Where ASP.NET Core's rate limiter ran: after authentication (the allowance is per user) and before the endpoint
    /// reads the upload, so a refused submit costs no body read. 429 with Retry-After and a problem details body.
    /// </summary>
    public static WebApplication UseSubmitRateLimit(this WebApplication app)
    {
        var limiter = app.Services.GetRequiredService<SubmitRateLimiter>();
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<SubmitRateLimitMetadata>() is null
                || limiter.TryAcquire(context.User.GetUserId() ?? "anonymous", out var retryAfter))
            {
                return next(context);
            }

            return WriteRateLimitProblemAsync(context, retryAfter);
        });
        return app;
    }

    private static async Task WriteRateLimitProblemAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(
            ApiProblems.Details(StatusCodes.Status429TooManyRequests, "Too many requests", $"Too many uploads in a short time; try again in {seconds} s."),
            options: null,
            contentType: "application/problem+json",
            context.RequestAborted);
    }
}
