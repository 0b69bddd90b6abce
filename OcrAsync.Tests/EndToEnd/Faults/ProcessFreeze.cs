namespace OcrAsync.Tests.EndToEnd.Faults;

/// <summary>
/// Freezes a process and every descendant (SIGSTOP), as a cloud failover or a stuck VM does: connections stay open
/// and nothing answers. Disposing thaws them (SIGCONT), whatever happened meanwhile.
/// </summary>
public sealed class ProcessFreeze : IDisposable
{
    private readonly IReadOnlyList<int> _pids;
    private bool _thawed;

    private ProcessFreeze(IReadOnlyList<int> pids) => _pids = pids;

    public static ProcessFreeze Start(int pid)
    {
        // Parent first: a frozen parent forks no new child while the children are listed.
        var pids = new List<int> { pid };
        Signal("-STOP", [pid]);
        for (var i = 0; i < pids.Count; i++)
        {
            var children = ChildrenOf(pids[i]);
            Signal("-STOP", children);
            pids.AddRange(children);
        }

        return new ProcessFreeze(pids);
    }

    public void Dispose()
    {
        if (!_thawed)
        {
            _thawed = true;
            Signal("-CONT", _pids);
        }
    }

    private static List<int> ChildrenOf(int pid)
    {
        var children = new List<int>();
        foreach (var task in Directory.Exists($"/proc/{pid}/task") ? Directory.GetDirectories($"/proc/{pid}/task") : [])
        {
            var file = Path.Combine(task, "children");
            if (File.Exists(file))
            {
                children.AddRange(File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => int.Parse(p, CultureInfo.InvariantCulture)));
            }
        }

        return children;
    }

    private static void Signal(string signal, IReadOnlyCollection<int> pids)
    {
        if (pids.Count == 0)
        {
            return;
        }

        using var kill = Process.Start("kill", [signal, .. pids.Select(p => p.ToString(CultureInfo.InvariantCulture))])!;
        kill.WaitForExit();
    }
}
