using Microsoft.AspNetCore.Mvc;

namespace OcrAsync.Api.Apis;

/// <summary>The one place RFC 7807 answers are built: a status, a title and a detail that says what to change.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Create(int status, string title, string detail, string? field = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(Details(status, title, detail, field, extensions));

    /// <summary>The body alone, for the places outside an endpoint (rate limiter, exception handlers).</summary>
    public static ProblemDetails Details(int status, string title, string detail, string? field = null, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        return problem;
    }

    public static ProblemHttpResult BadRequest(string title, string detail, string? field = null) =>
        Create(StatusCodes.Status400BadRequest, title, detail, field);

    public static ProblemHttpResult NotFound(string what, string id) => Create(
        StatusCodes.Status404NotFound, $"{char.ToUpperInvariant(what[0])}{what[1..]} not found", $"No {what} '{id}' exists for this user.");

    public static ProblemHttpResult Conflict(string detail) => Create(StatusCodes.Status409Conflict, "Conflict", detail);
}
