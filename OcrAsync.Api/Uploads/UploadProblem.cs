namespace OcrAsync.Api.Uploads;

/// <summary>RFC 7807 answers for uploads that cannot be accepted.</summary>
internal static class UploadProblem
{
    public static ProblemHttpResult BadRequest(string detail, string? field = null) =>
        Create(StatusCodes.Status400BadRequest, "Invalid upload", detail, field);

    public static ProblemHttpResult TooLarge(string detail) =>
        Create(StatusCodes.Status413PayloadTooLarge, "File too large", detail);

    public static ProblemHttpResult UnsupportedType(string detail) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", detail);

    public static ProblemHttpResult OverLimits(string detail) =>
        Create(StatusCodes.Status422UnprocessableEntity, "Document exceeds the processing limits", detail);

    private static ProblemHttpResult Create(int status, string title, string detail, string? field = null) =>
        ApiProblems.Create(status, title, detail, field);
}
