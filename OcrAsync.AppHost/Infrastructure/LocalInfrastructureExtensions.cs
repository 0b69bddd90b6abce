using System.Globalization;

namespace OcrAsync.AppHost.Infrastructure;

/// <summary>Redis and Postgres as local processes (run mode without a container runtime), with health checks for WaitFor.</summary>
public static class LocalInfrastructureExtensions
{
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(
        this IDistributedApplicationBuilder builder, string name, LocalInfrastructureOptions options)
    {
        var dataDirectory = Directory.CreateDirectory(Path.Combine(options.DataPath, "redis")).FullName;
        var redis = new LocalRedisResource(name, dataDirectory);

        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(redis, async (_, ct) =>
            connectionString = await redis.ConnectionStringExpression.GetValueAsync(ct));
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(
            _ => connectionString ?? throw new InvalidOperationException($"The {name} connection string is not available yet."),
            name: healthCheckKey);

        // Not behind DCP's proxy, like Postgres (below).
        var port = LoopbackPort.Free();
        return builder.AddResource(redis)
            .WithEndpoint(port: port, targetPort: port, name: LocalRedisResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(redis.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--dir");
                context.Args.Add(dataDirectory);
                // Kept runs persist the streams (append-only file). Test runs keep nothing: no snapshot at shutdown (an
                // outage test must really lose the data) and none in the background, whose fork can fail on a small
                // machine and then makes Redis refuse every write.
                context.Args.Add("--appendonly");
                context.Args.Add(options.Ephemeral ? "no" : "yes");
                if (options.Ephemeral)
                {
                    context.Args.Add("--save");
                    context.Args.Add(string.Empty);
                }
            })
            .WithHealthCheck(healthCheckKey);
    }

    public static IResourceBuilder<LocalPostgresDatabaseResource> AddLocalPostgresDatabase(
        this IDistributedApplicationBuilder builder, string serverName, string databaseName, LocalInfrastructureOptions options)
    {
        var script = Path.Combine(builder.AppHostDirectory, "Infrastructure", "start-postgres.sh");
        var server = new LocalPostgresResource(serverName, builder.AppHostDirectory);
        var database = new LocalPostgresDatabaseResource(databaseName, databaseName, server);

        string? serverConnectionString = null;
        string? databaseConnectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(server, async (_, ct) =>
        {
            serverConnectionString = await server.ConnectionStringExpression.GetValueAsync(ct);
            databaseConnectionString = await database.ConnectionStringExpression.GetValueAsync(ct);
        });
        builder.Services.AddHealthChecks()
            .AddNpgSql(_ => serverConnectionString ?? throw new InvalidOperationException("Postgres is not started yet."), name: $"{serverName}_check")
            .AddNpgSql(_ => databaseConnectionString ?? throw new InvalidOperationException("Postgres is not started yet."), name: $"{databaseName}_check");

        // Not behind DCP's proxy: every upload's bytes crossed it twice more (its CPU, 2 ms an upload, and a hop of
        // latency); WaitFor and the health check already hold the services back until Postgres answers.
        var port = LoopbackPort.Free();
        builder.AddResource(server)
            .WithEndpoint(port: port, targetPort: port, name: LocalPostgresResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(script);
                context.Args.Add(Path.Combine(options.DataPath, "postgres"));
                context.Args.Add(server.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add(databaseName);
                context.Args.Add(options.Ephemeral.ToString(CultureInfo.InvariantCulture).ToLowerInvariant());
            })
            .WithHealthCheck($"{serverName}_check");

        // Aspire mirrors a parent's state onto children only for containers: do it here, or WaitFor(database) never ends.
        builder.Eventing.Subscribe<InitializeResourceEvent>(database, (@event, ct) =>
        {
            _ = MirrorParentStateAsync(@event.Notifications, server, database, ct);
            return Task.CompletedTask;
        });

        return builder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.NotStarted,
                Properties = [new("postgres.database", databaseName)],
            })
            .WithHealthCheck($"{databaseName}_check");
    }

    private static async Task MirrorParentStateAsync(
        ResourceNotificationService notifications, IResource parent, IResource child, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(cancellationToken))
            {
                if (update.Resource == parent)
                {
                    await notifications.PublishUpdateAsync(child, snapshot => snapshot with
                    {
                        State = update.Snapshot.State,
                        StartTimeStamp = update.Snapshot.StartTimeStamp,
                        StopTimeStamp = update.Snapshot.StopTimeStamp,
                        ExitCode = update.Snapshot.ExitCode,
                    });
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping.
        }
    }
}
