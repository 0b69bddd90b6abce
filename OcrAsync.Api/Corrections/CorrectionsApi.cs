using Microsoft.AspNetCore.Mvc;

namespace OcrAsync.Api.Corrections;

/// <summary><c>PATCH /api/ocr-async/results/{ocr_result_id}</c>: correct extracted fields; each correction teaches the vendor.</summary>
public static class CorrectionsApi
{
    public static RouteGroupBuilder MapCorrectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapAuthorizedGroup(OcrApi.RoutePrefix, "OCR");

        api.MapUnknownIds("/results", "OCR result", HttpMethods.Patch);
        api.MapPatch("/results/{ocr_result_id:guid}", Correct)
            .WithSummary("Correct fields of a completed result ({\"fields\": {...}}, null clears one); queues learning the vendor")
            .Accepts<object>("application/json")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<CorrectionResponse>, ProblemHttpResult>> Correct(
        [FromRoute(Name = "ocr_result_id")] Guid ocrResultId,
        HttpRequest request,
        ClaimsPrincipal user,
        CorrectionRecorder recorder,
        CancellationToken cancellationToken)
    {
        // Another user's id gets the same answer as an unknown one, before the body is even looked at.
        if (user.GetUserId() is not { } userId)
        {
            return ApiProblems.NotFound("OCR result", ocrResultId.ToString());
        }

        if ((await CorrectionReader.ReadAsync(request, cancellationToken)).Failed(out var problem, out var fields))
        {
            return problem;
        }

        var outcome = await recorder.RecordAsync(ocrResultId, userId, fields, cancellationToken);
        if (!outcome.Found)
        {
            return ApiProblems.NotFound("OCR result", ocrResultId.ToString());
        }

        if (!outcome.Recorded)
        {
            return ApiProblems.Conflict($"OCR result '{ocrResultId}' is {JobLifecycle.Name(outcome.Job!.Status)}; only a completed result can be corrected.");
        }

        var training = outcome.Training!;
        return TypedResults.Ok(new CorrectionResponse(
            training.Id, training.DispatchedAt is null ? "queued (not yet dispatched: Redis unavailable)" : "queued", outcome.Job!.ToResponse()));
    }
}
