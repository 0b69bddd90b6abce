namespace OcrAsync.Tests.EndToEnd;

public static class ResourceProcess
{
    /// <summary>Kills a project resource's process tree at once (SIGKILL), like a crash or an OOM kill.</summary>
    public static void Kill(DistributedApplication app, string name)
    {
        Assert.True(app.ResourceNotifications.TryGetCurrentState(name, out var state), $"{name} has no state");
        var pid = state.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value;
        using var process = System.Diagnostics.Process.GetProcessById(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture));
        process.Kill(entireProcessTree: true);
    }
}
