using Microsoft.Extensions.FileProviders;

namespace OcrAsync.Api.Extensions;

internal static class WebPageExtensions
{
    // Same origin only; no inline script or style. 'self' covers the hub's ws:/wss: URL in current browsers.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Serves the web page from wwwroot. Called before UseAuthorization, so the page and its scripts are public while
    /// the fallback policy still guards every endpoint.
    /// </summary>
    public static WebApplication UseWebPage(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();

        // The repository's sample invoices (copied beside the API by its build), for the page's "try a sample".
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        if (Directory.Exists(samples))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(samples), RequestPath = "/samples" });
        }

        return app;
    }
}
