using OcrAsync.AppHost;
using OcrAsync.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddOcrInfrastructure();

var api = builder.AddProject<Projects.OcrAsync_Api>(ResourceNames.Api)
    .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
    .WithReference(infrastructure.Database).WaitFor(infrastructure.Database)
    .WithUploadStorage(infrastructure)
    .WithExternalHttpEndpoints()
    // The API may run OCR itself when no worker is alive (Fallback:Enabled): same OpenMP limit as the worker.
    .WithEnvironment("OMP_THREAD_LIMIT", "1")
    .WithHttpHealthCheck("/health")
    .WithLeanTelemetry()
    // Dashboard links: the interactive API reference beside the plain URL.
    .WithUrlForEndpoint("http", _ => new ResourceUrlAnnotation { Url = "/scalar", DisplayText = "API reference (Scalar)" });

// Published, the worker is built from its Dockerfile: the default .NET image lacks Tesseract's native libraries.
if (builder.ExecutionContext.IsPublishMode)
{
    // Replica bounds that azd asks for; the container-app templates (OcrAsync.AppHost/infra) read them.
    builder.AddScaleParameters();
    builder.AddDockerfile(ResourceNames.Worker, "..", "OcrAsync.Worker/Dockerfile")
        .WithHttpEndpoint(targetPort: 8080)
        .AsOcrWorker(infrastructure, api);
}
else
{
    builder.AddProject<Projects.OcrAsync_Worker>(ResourceNames.Worker)
        .AsOcrWorker(infrastructure, api);
}

builder.Build().Run();
