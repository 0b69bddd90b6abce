using Microsoft.AspNetCore.Mvc;

namespace OcrAsync.Api.Apis;

/// <summary>
/// <c>/api/templates</c>: each user's invoice templates. Another user's template answers 404, like an unknown one.
/// </summary>
public static class TemplatesApi
{
    public const string TemplateRouteName = "GetTemplate";

    /// <summary>Largest template body: 20 keywords and every field's expression fit many times over.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static RouteGroupBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapAuthorizedGroup("/api/templates", "Templates");

        api.MapGet("/", List)
            .WithSummary("The caller's templates, oldest first (the order in which keywords are tried)");
        api.MapGet("/{template_id}", Get).WithName(TemplateRouteName)
            .WithSummary("One of the caller's templates");
        api.MapPost("/", Create)
            .WithSummary("Create a template: keywords that select it and a regular expression per field")
            .Accepts<InvoiceTemplate>("application/json")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge);
        api.MapPut("/{template_id}", Update)
            .WithSummary("Replace a template's definition")
            .Accepts<InvoiceTemplate>("application/json")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge);
        api.MapDelete("/{template_id}", Delete)
            .WithSummary("Delete a template; jobs that named it fall back to the generic extractor");

        return api;
    }

    public static async Task<Ok<IReadOnlyList<InvoiceTemplate>>> List(ClaimsPrincipal user, TemplateRepository templates, CancellationToken cancellationToken) =>
        TypedResults.Ok(await templates.ListAsync(user.GetUserId() ?? string.Empty, cancellationToken));

    public static async Task<Results<Ok<InvoiceTemplate>, ProblemHttpResult>> Get(
        [FromRoute(Name = "template_id")] string templateId, ClaimsPrincipal user, TemplateRepository templates, CancellationToken cancellationToken) =>
        await templates.FindAsync(user.GetUserId() ?? string.Empty, templateId, cancellationToken) is { } template
            ? TypedResults.Ok(template)
            : ApiProblems.NotFound("template", templateId);

    public static async Task<Results<CreatedAtRoute<InvoiceTemplate>, ProblemHttpResult>> Create(
        [AsParameters] TemplateBodyRequest body, CancellationToken cancellationToken)
    {
        var (request, user, templates, uploads) = body;
        if ((await ReadTemplateAsync(request, uploads.Value, cancellationToken)).Failed(out var problem, out var template))
        {
            return problem;
        }

        var created = await templates.AddAsync(user.GetUserId() ?? string.Empty, template, cancellationToken);
        return created is null
            ? ApiProblems.Conflict($"You already have {TemplateRepository.MaxPerUser} templates, the most one user may keep; delete one first.")
            : TypedResults.CreatedAtRoute(created, TemplateRouteName, new RouteValueDictionary { ["template_id"] = created.Id });
    }

    public static async Task<Results<Ok<InvoiceTemplate>, ProblemHttpResult>> Update(
        [FromRoute(Name = "template_id")] string templateId,
        [AsParameters] TemplateBodyRequest body,
        CancellationToken cancellationToken)
    {
        var (request, user, templates, uploads) = body;
        if ((await ReadTemplateAsync(request, uploads.Value, cancellationToken)).Failed(out var problem, out var template))
        {
            return problem;
        }

        return await templates.UpdateAsync(user.GetUserId() ?? string.Empty, templateId, template, cancellationToken) is { } updated
            ? TypedResults.Ok(updated)
            : ApiProblems.NotFound("template", templateId);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [FromRoute(Name = "template_id")] string templateId, ClaimsPrincipal user, TemplateRepository templates, CancellationToken cancellationToken) =>
        await templates.DeleteAsync(user.GetUserId() ?? string.Empty, templateId, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound("template", templateId);

    /// <summary>Reads the body itself so that malformed JSON and invalid definitions both get a detail naming the problem.</summary>
    private static async Task<RequestRead<InvoiceTemplate>> ReadTemplateAsync(
        HttpRequest request, UploadOptions uploads, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Invalid($"Send the template as application/json (got content type '{request.ContentType ?? "none"}').");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge($"The template is {request.ContentLength / 1024} KB.");
        }

        // A template is a few KB: Kestrel's default of 30 MB would let one request make the API parse megabytes.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = MaxBodyBytes;
        }

        InvoiceTemplate? template;
        try
        {
            template = await request.ReadFromJsonAsync<InvoiceTemplate>(cancellationToken);
        }
        catch (JsonException ex)
        {
            return Invalid($"The body is not a valid template: {ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge("The template body is larger than that.");
        }

        if (template is null)
        {
            return Invalid("The body is empty: send a template object.");
        }

        var problems = InvoiceTemplateValidator.Validate(template, uploads.Languages);
        return problems.Count > 0
            ? ApiProblems.Create(
                StatusCodes.Status400BadRequest, "Invalid template", string.Join(" ", problems), extensions: new Dictionary<string, object?> { ["errors"] = problems })
            : template;
    }

    private static ProblemHttpResult TooLarge(string detail) => ApiProblems.Create(
        StatusCodes.Status413PayloadTooLarge, "Template too large", $"{detail} A template body may be at most {MaxBodyBytes / 1024} KB.");

    private static ProblemHttpResult Invalid(string detail) => ApiProblems.BadRequest("Invalid template", detail);
}
