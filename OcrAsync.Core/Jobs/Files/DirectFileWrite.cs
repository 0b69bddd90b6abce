using System.Runtime.InteropServices;

namespace OcrAsync.Core.Jobs.Files;

/// <summary>
/// A new file written past the page cache (O_DIRECT) and fsynced, on Linux. The fsync of a buffered write into new
/// blocks is not done when the disk is: ext4 (with its default dioread_nolock) allocates them unwritten and converts
/// them in a kernel worker thread (ext4-rsv-conversion) once the disk has the data, and only then ends the pages'
/// writeback the fsync waits for. That worker is one thread competing with every process group of the host for the
/// CPU; while OCR kept both cores busy the 202's slowest 1 % waited 400–900 ms for it, with every disk request done in
/// under 11 ms (BENCHMARKS.md, "the 202's tail is a kernel worker's wait for a CPU"). A direct write converts its blocks in
/// the writing thread itself, so the durable write waits for the disk and its own thread only.
/// </summary>
internal static unsafe partial class DirectFileWrite
{
    /// <summary>Buffer, offset and length of a direct write are multiples of the disk's logical block: 4 KB fits every disk.</summary>
    private const int Alignment = 4096;

    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Exclusive = 0x80;
    private const int CloseOnExec = 0x80000;
    private const int OwnerReadWriteOthersRead = 0x1A4; // 0644, as .NET creates files

    private const int NoSuchEntry = 2;       // ENOENT
    private const int Interrupted = 4;       // EINTR
    private const int AccessDenied = 13;     // EACCES
    private const int NotADirectory = 20;    // ENOTDIR
    private const int InvalidArgument = 22;  // EINVAL: the file system (or this alignment) takes no direct writes

    static DirectFileWrite() => NativeLibraries.EnsureRegistered();

    /// <summary>
    /// Creates <paramref name="path"/> (it must not exist) with <paramref name="content"/>, synced to the disk. False,
    /// with nothing left at <paramref name="path"/>, where there are no direct writes (not Linux, or a file system that
    /// refuses them): the caller writes it buffered then.
    /// </summary>
    public static bool TryWriteNew(string path, byte[] content)
    {
        if (!OperatingSystem.IsLinux() || DirectFlag() is not { } direct)
        {
            return false;
        }

        var descriptor = LibC.Open(path, WriteOnly | Create | Exclusive | CloseOnExec | direct, OwnerReadWriteOthersRead);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error != InvalidArgument)
            {
                throw ErrorOf(error, path, "create");
            }

            // O_EXCL succeeded before the file system refused O_DIRECT: the empty file is ours to remove.
            File.Delete(path);
            return false;
        }

        var written = false;
        try
        {
            written = WriteAndSync(descriptor, path, content);
            return written;
        }
        finally
        {
            _ = LibC.Close(descriptor);
            if (!written)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>True once written and synced; false when the file system refused the direct write itself.</summary>
    private static bool WriteAndSync(int descriptor, string path, byte[] content)
    {
        var padded = (content.Length + Alignment - 1) / Alignment * Alignment;
        if (padded > 0)
        {
            var buffer = (byte*)NativeMemory.AlignedAlloc((nuint)padded, Alignment);
            try
            {
                var span = new Span<byte>(buffer, padded);
                content.CopyTo(span);
                span[content.Length..].Clear(); // cut off below, but never stale memory on the disk meanwhile
                for (var offset = 0; offset < padded;)
                {
                    var done = PositionalWrite(descriptor, buffer + offset, (nuint)(padded - offset), offset);
                    if (done < 0)
                    {
                        var error = Marshal.GetLastPInvokeError();
                        if (error == Interrupted)
                        {
                            continue;
                        }

                        if (error == InvalidArgument && offset == 0)
                        {
                            return false;
                        }

                        throw ErrorOf(error, path, "write");
                    }

                    offset += (int)done;
                }
            }
            finally
            {
                NativeMemory.AlignedFree(buffer);
            }

            // The last block was written whole; the file ends where the content does.
            if (padded != content.Length && Truncate(descriptor, content.Length) != 0)
            {
                throw ErrorOf(Marshal.GetLastPInvokeError(), path, "truncate");
            }
        }

        // The data is on the disk already; this writes the inode (size, blocks) and flushes the disk's write cache.
        if (LibC.FileSync(descriptor) != 0)
        {
            throw ErrorOf(Marshal.GetLastPInvokeError(), path, "sync");
        }

        return true;
    }

    /// <summary>O_DIRECT's value, which differs by architecture; null where it is not known.</summary>
    private static int? DirectFlag() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 0x4000,
        Architecture.Arm64 => 0x10000,
        _ => null,
    };

    /// <summary>The exception .NET's own file calls give for the same error, so callers handle both alike.</summary>
    private static Exception ErrorOf(int error, string path, string operation)
    {
        var message = $"Could not {operation} {path}: {Marshal.GetPInvokeErrorMessage(error)}";
        return error switch
        {
            NoSuchEntry or NotADirectory => new DirectoryNotFoundException(message),
            AccessDenied => new UnauthorizedAccessException(message),
            _ => new IOException(message),
        };
    }

    [LibraryImport(NativeLibraries.LibC, EntryPoint = "pwrite", SetLastError = true)]
    private static partial nint PositionalWrite(int descriptor, byte* buffer, nuint count, long offset);

    [LibraryImport(NativeLibraries.LibC, EntryPoint = "ftruncate", SetLastError = true)]
    private static partial int Truncate(int descriptor, long length);
}
