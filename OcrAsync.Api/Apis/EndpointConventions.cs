namespace OcrAsync.Api.Apis;

/// <summary>What every group of endpoints and every upload endpoint declares, said once.</summary>
public static class EndpointConventions
{
    /// <summary>
    /// A group for signed-in callers only, under one OpenAPI tag, answering 503 until the schema is applied; the document
    /// lists the 401 and 503 of each endpoint.
    /// </summary>
    public static RouteGroupBuilder MapAuthorizedGroup(this IEndpointRouteBuilder app, string prefix, string tag)
    {
        var group = app.MapGroup(prefix)
            .RequireAuthorization()
            .WithTags(tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.AddEndpointFilter<SchemaReadyFilter>();
        return group;
    }

    /// <summary>The problem details answers (RFC 7807) an endpoint may give, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statusCodes)
    {
        foreach (var statusCode in statusCodes)
        {
            endpoint.ProducesProblem(statusCode);
        }

        return endpoint;
    }

    /// <summary>
    /// A multipart upload: it takes from the caller's submit allowance (429) and answers a bad form with 400 and a too
    /// large one with 413. Bearer tokens are not sent automatically by browsers, so form posts need no antiforgery token.
    /// </summary>
    public static RouteHandlerBuilder AcceptsUpload(this RouteHandlerBuilder endpoint) =>
        endpoint.DisableAntiforgery()
            .RequireSubmitRateLimit()
            .ProducesProblems(StatusCodes.Status429TooManyRequests, StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge);
}
