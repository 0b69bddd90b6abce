using System.Runtime.InteropServices;

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// fsync(2) of a directory, which .NET has no call for (it refuses to open a directory as a file): makes the names
/// created, renamed or removed in it durable, as a file's own fsync does not.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC (the same on x64 and arm64 Linux)

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // NTFS journals the rename itself; there is no directory handle to flush.
        }

        var descriptor = LibC.Open(directory, ReadOnlyCloseOnExec);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open the directory {directory} to sync it: {Marshal.GetLastPInvokeErrorMessage()}");
        }

        try
        {
            if (LibC.FileSync(descriptor) != 0)
            {
                throw new IOException($"Could not sync the directory {directory}: {Marshal.GetLastPInvokeErrorMessage()}");
            }
        }
        finally
        {
            _ = LibC.Close(descriptor);
        }
    }
}
