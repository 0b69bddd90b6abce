namespace OcrAsync.Api.Resilience;

/// <summary>
/// Answers 503 with Retry-After while the API applies the schema at start. Before, a request that reached the tables
/// first failed with "relation does not exist" and a 500 (a fresh `./run.sh`: its readiness poll came first).
/// </summary>
public sealed class SchemaReadyFilter(DatabaseMigrationState schema) : IEndpointFilter
{
    public const int RetryAfterSeconds = 2;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (schema.IsApplied)
        {
            return next(context);
        }

        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.FromResult<object?>(ApiProblems.Create(
            StatusCodes.Status503ServiceUnavailable,
            "Service starting",
            $"The API is still preparing its database; try again in {RetryAfterSeconds} s."));
    }
}
