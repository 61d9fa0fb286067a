namespace NewsCurator.Cli;

/// <summary>
/// One run id runs once at a time on one output folder: an exclusive lock on out/locks/run-{runId}.lock,
/// held for the run; and one run of any id at a time on a folder (out/locks/folder.lock). The operating system drops it when the process ends, even by SIGKILL, so a
/// crashed run never leaves a stale lease behind. (In AWS, Step Functions refuses a second running
/// execution with the same name.)
/// </summary>
public sealed class RunLease : IDisposable
{
    private readonly FileStream _lock;

    private RunLease(FileStream handle) => _lock = handle;

    /// <summary>A run id's lock, named apart from the folder's: a run called "folder" held the folder's own lock file twice and never ran (hostile-input audit 30, H11).</summary>
    public static string PathFor(string outDirectory, string runId) => Path.Combine(Path.GetFullPath(outDirectory), "locks", "run-" + runId + ".lock");

    /// <summary>The folder's own lock: one run at a time on an output folder, whatever its id.</summary>
    public static string FolderPathFor(string outDirectory) => Path.Combine(Path.GetFullPath(outDirectory), "locks", "folder.lock");

    /// <summary>The lease, or null when another process (or another run in this one) holds it.</summary>
    public static RunLease? TryAcquire(string outDirectory, string runId) => TryAcquireAt(PathFor(outDirectory, runId));

    /// <summary>
    /// The output folder's lease, or null while another run (of any id) holds it. Runs that overlap on one folder
    /// each read the sent-story memory before either writes it, and both newsletters carried the same stories
    /// (hostile-input audit 2, C1): they go one at a time.
    /// </summary>
    public static RunLease? TryAcquireFolder(string outDirectory) => TryAcquireAt(FolderPathFor(outDirectory));

    private static RunLease? TryAcquireAt(string path)
    {
        // A folder where a lock file belongs (or a file where the locks folder belongs) is no other run's: it stopped this
        // one with a stack trace (hostile-input audit 30, H12). Said plainly, with the fix.
        var locks = Path.GetDirectoryName(path)!;
        if (File.Exists(locks))
            throw new RunLeaseException($"'{locks}' is a file where the output folder keeps its run locks; remove it and start the run again");
        if (Directory.Exists(path))
            throw new RunLeaseException($"'{path}' is a folder where a run's lock file belongs; remove it and start the run again");
        Directory.CreateDirectory(locks);
        try
        {
            var handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            handle.SetLength(0);
            using (var writer = new StreamWriter(handle, leaveOpen: true)) writer.Write($"pid {Environment.ProcessId} since {DateTimeOffset.UtcNow:O}\n");
            return new RunLease(handle);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _lock.Dispose();
}

/// <summary>The output folder's locks cannot be taken for a reason no other run explains; the message names the path and the fix.</summary>
public sealed class RunLeaseException(string message) : Exception(message);
