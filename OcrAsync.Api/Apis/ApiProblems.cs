using Microsoft.AspNetCore.Http.HttpResults;

namespace OcrAsync.Api.Apis;

internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, string id) => TypedResults.Problem(
        detail: $"No {what} '{id}' exists for this user.",
        statusCode: StatusCodes.Status404NotFound,
        title: $"{char.ToUpperInvariant(what[0])}{what[1..]} not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
