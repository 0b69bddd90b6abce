using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OcrAsync.Api.Apis;
using OcrAsync.Api.Security;

namespace OcrAsync.Tests.Api;

public sealed class EndpointConventionsTests
{
    [Fact]
    public async Task An_authorized_group_requires_a_user_tags_its_endpoints_and_declares_their_401_and_503()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        app.MapAuthorizedGroup("/api/things", "Things").MapGet("/{id}", (string id) => id);

        var endpoint = Assert.IsType<RouteEndpoint>(Assert.Single(Endpoints(app)));
        Assert.Equal("/api/things/{id}", endpoint.RoutePattern.RawText);
        Assert.NotEmpty(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
        Assert.Equal(["Things"], endpoint.Metadata.GetRequiredMetadata<ITagsMetadata>().Tags);
        Assert.Equal([401, 503], ProblemStatusCodes(endpoint)); // 503 until the schema is applied (SchemaReadyFilter)
    }

    [Fact]
    public async Task An_upload_takes_from_the_submit_allowance_needs_no_antiforgery_token_and_declares_400_413_and_429()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        app.MapPost("/upload", () => "accepted").AcceptsUpload()
            .ProducesProblems(StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        var endpoint = Assert.Single(Endpoints(app));
        Assert.NotNull(endpoint.Metadata.GetMetadata<SubmitRateLimitMetadata>());
        Assert.False(endpoint.Metadata.GetRequiredMetadata<IAntiforgeryMetadata>().RequiresValidation);
        Assert.Equal([400, 413, 415, 422, 429], ProblemStatusCodes(endpoint).Order());
    }

    private static IEnumerable<Endpoint> Endpoints(IEndpointRouteBuilder app) =>
        app.DataSources.SelectMany(source => source.Endpoints);

    private static IEnumerable<int> ProblemStatusCodes(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Where(produces => produces.Type == typeof(ProblemDetails))
            .Select(produces => produces.StatusCode);
}
