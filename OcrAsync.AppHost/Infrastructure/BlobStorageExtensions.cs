using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcrAsync.AppHost.Infrastructure;

/// <summary>Azurite, the real Azure Storage emulator, as a container or a local process, with a health check for WaitFor.</summary>
public static class BlobStorageExtensions
{
    private const string ContainerDataPath = "/data";

    public static IResourceBuilder<IResourceWithConnectionString> AddAzuriteContainer(this IDistributedApplicationBuilder builder, string name)
    {
        var azurite = new AzuriteContainerResource(name);
        var resource = builder.AddResource(azurite)
            .WithImage(AzuriteContainerResource.Image, AzuriteContainerResource.Tag)
            // Unproxied like the local process (uploads through DCP's proxy were refused); host port chosen here.
            .WithHttpEndpoint(port: LoopbackPort.Free(), targetPort: AzuriteContainerResource.BlobPort, name: AzuriteAccount.EndpointName, isProxied: false)
            .WithArgs(
                "azurite-blob", "--blobHost", "0.0.0.0", "--blobPort", AzuriteContainerResource.BlobPort.ToString(CultureInfo.InvariantCulture),
                "--location", ContainerDataPath, AzuriteAccount.SkipApiVersionCheck, "--loose")
            .WithVolume($"ocrasync-{name}-data", ContainerDataPath)
            .WithHealthCheck(AddHealthCheck(builder, azurite));
        return resource;
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddLocalAzurite(
        this IDistributedApplicationBuilder builder, string name, LocalInfrastructureOptions options)
    {
        var dataDirectory = Directory.CreateDirectory(Path.Combine(options.DataPath, "azurite")).FullName;
        var azurite = new LocalAzuriteResource(name, AzuriteCommand(builder.AppHostDirectory), dataDirectory);
        // Not behind DCP's proxy: uploads through it were answered 400 by Azurite (reads were not).
        var port = LoopbackPort.Free();
        return builder.AddResource(azurite)
            .WithEndpoint(port: port, targetPort: port, name: AzuriteAccount.EndpointName, scheme: "http", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add("--blobHost");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--blobPort");
                context.Args.Add(azurite.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--location");
                context.Args.Add(dataDirectory);
                context.Args.Add(AzuriteAccount.SkipApiVersionCheck);
                context.Args.Add("--loose");
            })
            .WithHealthCheck(AddHealthCheck(builder, azurite));
    }

    /// <summary>The emulator scripts/install-prerequisites.sh installs into tools/azurite, else one on the PATH.</summary>
    private static string AzuriteCommand(string appHostDirectory)
    {
        var installed = Path.GetFullPath(Path.Combine(appHostDirectory, "..", "tools", "azurite", "node_modules", ".bin", "azurite-blob"));
        if (File.Exists(installed))
        {
            return installed;
        }

        Console.WriteLine($"OcrAsync: {installed} is missing (scripts/install-prerequisites.sh installs it); trying azurite-blob on the PATH");
        return "azurite-blob";
    }

    private static string AddHealthCheck(IDistributedApplicationBuilder builder, IResourceWithConnectionString resource)
    {
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, ct) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct));
        var key = $"{resource.Name}_check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => new BlobStorageHealthCheck(() => connectionString), null, null));
        return key;
    }
}
