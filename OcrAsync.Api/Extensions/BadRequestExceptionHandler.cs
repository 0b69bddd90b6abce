using Microsoft.AspNetCore.Diagnostics;

namespace OcrAsync.Api.Extensions;

/// <summary>
/// Answers what Kestrel and parameter binding report as <see cref="BadHttpRequestException"/> (a body below the minimum
/// data rate: 408; over the size limit: 413; a query value or JSON body that does not bind: 400) with its own status
/// and a detail naming the problem, instead of the exception handler's 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (title, detail) = bad.StatusCode switch
        {
            StatusCodes.Status408RequestTimeout => ("Request body too slow",
                "The request body arrived more slowly than the server's minimum data rate and was abandoned; send it again."),
            StatusCodes.Status413PayloadTooLarge => ("Request too large", $"{bad.Message} Send a smaller body."),
            _ => ("Bad request", bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message),
        };
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = ApiProblems.Details(bad.StatusCode, title, detail),
        });
    }
}
