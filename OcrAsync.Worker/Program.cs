using OcrAsync.Worker.Cli;
using OcrAsync.Worker.Extensions;

// Offline mode: the same pipeline on local files, before any host (no Redis, no Postgres).
if (args.Length > 0 && args[0] == ExtractCommand.Name)
{
    return await ExtractCommand.RunAsync(args[1..], Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();

await app.RunAsync();
return 0;
