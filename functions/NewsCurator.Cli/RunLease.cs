namespace NewsCurator.Cli;

/// <summary>
/// One run id runs once at a time on one output folder: an exclusive lock on out/locks/{runId}.lock,
/// held for the run. The operating system drops it when the process ends, even by SIGKILL, so a
/// crashed run never leaves a stale lease behind. (In AWS, Step Functions refuses a second running
/// execution with the same name.)
/// </summary>
public sealed class RunLease : IDisposable
{
    private readonly FileStream _lock;

    private RunLease(FileStream handle) => _lock = handle;

    public static string PathFor(string outDirectory, string runId) => Path.Combine(Path.GetFullPath(outDirectory), "locks", runId + ".lock");

    /// <summary>The lease, or null when another process (or another run in this one) holds it.</summary>
    public static RunLease? TryAcquire(string outDirectory, string runId)
    {
        var path = PathFor(outDirectory, runId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
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
