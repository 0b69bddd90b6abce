using System.Runtime.InteropServices;

namespace OcrAsync.Core.Ocr;

/// <summary>
/// Puts the calling process in a Linux scheduling autogroup of its own. With <c>sched_autogroup</c> (on where processes
/// share the root cpu cgroup, as under <c>./run.sh</c>) the kernel shares CPU time first between autogroups, one per
/// session: DCP starts the worker in one session with the API, Redis and the postmaster, and every Postgres backend
/// calls <c>setsid</c> and so has a group of its own. A thread's nice or SCHED_IDLE orders threads inside one group
/// only, so the engines' <see cref="OcrEngineOptions.EngineThreadNice"/> cannot make the API's group or a backend run
/// before them; a group of the worker's own, which the engines do not share with the API, can.
/// </summary>
public static class BackgroundAutogroup
{
    private const string SelfAutogroup = "/proc/self/autogroup";

    /// <summary>
    /// The process's new autogroup (as /proc/self/autogroup says, e.g. "/autogroup-42 nice 0"), or null with why when
    /// it could not have one alone: not Linux, no autogroups, or <c>setsid</c> refused (the process leads its process
    /// group). The nice is written only after <c>setsid</c> succeeded, since the group it would otherwise lower is shared
    /// with the API and the postmaster. Raising an autogroup's nice needs no privilege.
    /// </summary>
    public static (string? Autogroup, string Reason) Enter(int nice)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(SelfAutogroup))
        {
            return (null, "no autogroups on this system");
        }

        if (LibC.SetSid() < 0)
        {
            return (null, $"setsid failed (errno {Marshal.GetLastPInvokeError()})");
        }

        if (nice != 0)
        {
            File.WriteAllText(SelfAutogroup, nice.ToString(CultureInfo.InvariantCulture));
        }

        return (File.ReadAllText(SelfAutogroup).Trim(), string.Empty);
    }
}
