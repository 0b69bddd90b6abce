using Scalar.AspNetCore;

namespace OcrAsync.Api.OpenApi;

internal static class OpenApiExtensions
{
    /// <summary>The OpenAPI document at /openapi/v1.json and, in Development, the interactive reference at /scalar.</summary>
    public static WebApplication MapOpenApiDocuments(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference(options => options.WithTitle("OcrAsync API")).AllowAnonymous();
        }

        return app;
    }
}
