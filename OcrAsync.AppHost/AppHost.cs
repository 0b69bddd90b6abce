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

// Run mode: clients reach Kestrel on port 5000 directly instead of through DCP's proxy, which cost ~2 ms of CPU per
// upload at 50 uploads/s. Runs with random ports (tests, benchmarks beside ./run.sh) keep the proxy, since two of them
// cannot both take port 5000.
if (!builder.ExecutionContext.IsPublishMode && !builder.Configuration.GetValue<bool>("DcpPublisher:RandomizePorts"))
{
    api.WithEndpoint("http", endpoint => endpoint.IsProxied = false);
}

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
