using Microsoft.AspNetCore.Http.HttpResults;
using OcrAsync.Api.Resilience;

namespace OcrAsync.Tests.Api;

/// <summary>The API's endpoints answer 503 with Retry-After until the schema is applied, then run as usual.</summary>
public sealed class SchemaReadyFilterTests
{
    [Fact]
    public async Task Before_the_schema_is_applied_a_request_gets_503_with_retry_after_and_the_endpoint_never_runs()
    {
        var schema = new DatabaseMigrationState();
        var context = new DefaultEndpointFilterInvocationContext(new DefaultHttpContext());
        var ran = false;

        var result = await new SchemaReadyFilter(schema).InvokeAsync(context, _ =>
        {
            ran = true;
            return ValueTask.FromResult<object?>("ran");
        });

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, problem.StatusCode);
        Assert.Contains("preparing its database", problem.ProblemDetails.Detail);
        Assert.Equal("2", context.HttpContext.Response.Headers.RetryAfter.ToString());
        Assert.False(ran);
    }

    [Fact]
    public async Task Once_the_schema_is_applied_the_endpoint_runs()
    {
        var schema = new DatabaseMigrationState();
        schema.MarkApplied();
        var context = new DefaultEndpointFilterInvocationContext(new DefaultHttpContext());

        var result = await new SchemaReadyFilter(schema).InvokeAsync(context, _ => ValueTask.FromResult<object?>("ran"));

        Assert.Equal("ran", result);
    }
}
