using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OcrAsync.Api.Apis;
using OcrAsync.Api.Extensions;
using OcrAsync.Core.Hosting;

namespace OcrAsync.Api.Security;

internal static class SecurityExtensions
{
    public const string SubmitRateLimitPolicy = "submit";

    public static void AddAbuseProtection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<AbuseOptions>(AbuseOptions.SectionName);

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // One token bucket per user: bursts are fine, a flood is not.
            options.AddPolicy(SubmitRateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<AbuseOptions>>().Value;
                // Refilled about every second rather than once a minute, so Retry-After (one period) is the real wait.
                var tokensPerSecond = (int)Math.Ceiling(limits.SubmitsPerMinute / 60.0);
                return RateLimitPartition.GetTokenBucketLimiter(context.User.GetUserId() ?? "anonymous", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.SubmitBurst,
                    TokensPerPeriod = tokensPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokensPerSecond / limits.SubmitsPerMinute,
                    QueueLimit = 0,
                });
            });
            options.OnRejected = WriteRateLimitProblemAsync;
        });

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

    private static async ValueTask WriteRateLimitProblemAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.HttpContext.Response.WriteAsJsonAsync(
            ApiProblems.Details(StatusCodes.Status429TooManyRequests, "Too many requests", $"Too many uploads in a short time; try again in {seconds} s."),
            options: null,
            contentType: "application/problem+json",
            cancellationToken);
    }
}
