namespace OcrAsync.Tests.Ocr;

public sealed class BackgroundAutogroupTests
{
    [Fact]
    public void The_process_leaves_its_parents_autogroup_for_one_of_its_own_at_the_given_nice_and_the_parents_keeps_its_nice()
    {
        if (!File.Exists("/proc/self/autogroup"))
        {
            return; // No autogroups (not Linux, or sched_autogroup built out): nothing to move.
        }

        var parent = Autogroup(ParentProcessId());
        try
        {
            var (autogroup, reason) = BackgroundAutogroup.Enter(7);

            Assert.True(autogroup is not null, reason);
            Assert.Equal(autogroup, Autogroup(Environment.ProcessId));
            Assert.EndsWith(" nice 7", autogroup, StringComparison.Ordinal);
            Assert.NotEqual(GroupName(parent), GroupName(autogroup));
            Assert.Equal(parent, Autogroup(ParentProcessId()));
        }
        finally
        {
            // Lowering a nice back to 0 needs no privilege either: the other tests run at a session's usual weight.
            File.WriteAllText("/proc/self/autogroup", "0");
        }
    }

    private static string Autogroup(int processId) => File.ReadAllText($"/proc/{processId}/autogroup").Trim();

    /// <summary>"/autogroup-5922 nice 0" → "/autogroup-5922".</summary>
    private static string GroupName(string autogroup) => autogroup.Split(' ')[0];

    /// <summary>Field 4 of /proc/self/stat, counted after the name in parentheses (which may hold spaces).</summary>
    private static int ParentProcessId()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }
}
