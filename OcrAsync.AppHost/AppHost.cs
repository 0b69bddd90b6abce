using OcrAsync.AppHost;
using OcrAsync.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddOcrInfrastructure();

var api = builder.AddProject<Projects.OcrAsync_Api>(ResourceNames.Api)
    .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
    .WithReference(infrastructure.Database).WaitFor(infrastructure.Database)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    // Dashboard links: the interactive API reference beside the plain URL.
    .WithUrlForEndpoint("http", _ => new ResourceUrlAnnotation { Url = "/scalar", DisplayText = "API reference (Scalar)" });

builder.AddProject<Projects.OcrAsync_Worker>(ResourceNames.Worker)
    .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
    .WithReference(infrastructure.Database).WaitFor(infrastructure.Database)
    // The API applies the database migrations before it reports healthy.
    .WaitFor(api)
    // Debian's libtesseract runs OpenMP threads: ~5x slower on small hosts unless limited before the process starts.
    .WithEnvironment("OMP_THREAD_LIMIT", "1")
    .WithHttpHealthCheck("/health");

builder.Build().Run();
