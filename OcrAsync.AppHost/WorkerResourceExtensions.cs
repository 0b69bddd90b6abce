using OcrAsync.AppHost.Infrastructure;

namespace OcrAsync.AppHost;

internal static class WorkerResourceExtensions
{
    /// <summary>The worker's references and settings, the same whether it runs as a project or a container.</summary>
    public static IResourceBuilder<T> AsOcrWorker<T>(this IResourceBuilder<T> worker, OcrInfrastructure infrastructure, IResourceBuilder<ProjectResource> api)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport, IResourceWithEndpoints =>
        worker
            .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
            .WithReference(infrastructure.Database).WaitFor(infrastructure.Database)
            .WithUploadStorage(infrastructure)
            // The API applies the database migrations before it reports healthy.
            .WaitFor(api)
            // Debian's libtesseract runs OpenMP threads: ~5x slower on small hosts unless limited before the process starts.
            .WithEnvironment("OMP_THREAD_LIMIT", "1")
            .WithLeanTelemetry()
            .WithHttpHealthCheck("/health");
}
