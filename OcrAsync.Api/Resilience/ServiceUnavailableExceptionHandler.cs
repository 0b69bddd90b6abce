using Microsoft.AspNetCore.Diagnostics;

namespace OcrAsync.Api.Resilience;

/// <summary>A database or file store that is away or too slow is answered with 503 and Retry-After, never a 500.</summary>
public sealed partial class ServiceUnavailableExceptionHandler(
    IProblemDetailsService problemDetails, IOptions<AcceptOptions> options, ILogger<ServiceUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var fileStore = exception is FileStoreUnavailableException;
        if (!(fileStore || DatabaseFaults.IsTransient(exception)) || httpContext.Response.HasStarted)
        {
            return false;
        }

        LogUnavailable(logger, httpContext.Request.Path, fileStore ? "file storage" : "job database", exception.Message);
        var seconds = (int)Math.Ceiling(options.Value.RetryAfter.TotalSeconds);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = ApiProblems.Details(
                StatusCodes.Status503ServiceUnavailable,
                "Service temporarily unavailable",
                $"The {(fileStore ? "file storage" : "job database")} did not answer in time, so the request was not carried out; try again in {seconds} s."),
        });
    }

    [LoggerMessage(LogLevel.Warning, "{Path} answered 503: the {Store} is unavailable ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string path, string store, string reason);
}
