var builder = DistributedApplication.CreateBuilder(args);

builder.AddProject<Projects.OcrAsync_Api>("api");
builder.AddProject<Projects.OcrAsync_Worker>("worker");

builder.Build().Run();
