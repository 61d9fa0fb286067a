using System.Text.Json;

namespace NewsCurator.Storage;

/// <summary>
/// Values spilled to local temporary files, one file per partition, and read back one partition at a
/// time: a stage that must join or sort more than fits in memory holds one partition, never the run.
/// Values keep the order they were appended in within a partition. Appends collect in a small buffer per
/// partition that is written out (the file opened, appended to and closed) when it fills: no file stays
/// open while values are spilled, so the partition count is not limited by the open-file limit (Lambda:
/// 1,024), and memory holds <see cref="BufferBytes"/> per partition. The folder is deleted on dispose.
/// </summary>
public sealed class SpillPartitions<T> : IDisposable
{
    private const int BufferBytes = 4096;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newscurator-spill-{Guid.NewGuid():N}");
    private readonly byte[]?[] _buffers;
    private readonly int[] _buffered;

    public SpillPartitions(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Directory.CreateDirectory(_folder);
        _buffers = new byte[]?[count];
        _buffered = new int[count];
    }

    public int Count => _buffers.Length;

    /// <summary>A partition for <paramref name="key"/> that is the same in every process (no randomised string hash).</summary>
    public int PartitionOf(string key) => Count == 1 ? 0 : (int)(Filter.SimHash.Hash64(key) % (ulong)Count);

    public void Append(int partition, T value)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(value, Json.Options);
        var buffer = _buffers[partition] ??= new byte[BufferBytes];
        if (_buffered[partition] + line.Length + 1 > buffer.Length) Flush(partition, line);
        else
        {
            line.CopyTo(buffer, _buffered[partition]);
            buffer[_buffered[partition] + line.Length] = (byte)'\n';
            _buffered[partition] += line.Length + 1;
        }
    }

    /// <summary>Writes the partition's buffer, then <paramref name="line"/> (one that did not fit), to its file.</summary>
    private void Flush(int partition, byte[]? line = null)
    {
        if (_buffered[partition] == 0 && line is null) return;
        using var file = new FileStream(PathOf(partition), FileMode.Append, FileAccess.Write, FileShare.None, 1);
        file.Write(_buffers[partition].AsSpan(0, _buffered[partition]));
        _buffered[partition] = 0;
        if (line is null) return;
        file.Write(line);
        file.WriteByte((byte)'\n');
    }

    /// <summary>One partition's values in the order they were appended (what is still buffered included).</summary>
    public IEnumerable<T> Read(int partition)
    {
        Flush(partition);
        var path = PathOf(partition);
        if (!File.Exists(path)) yield break;
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes), bufferSize: BufferBytes);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return JsonSerializer.Deserialize<T>(line, Json.Options)!;
    }

    /// <summary>Drops a partition that will not be read again (its disk space back at once).</summary>
    public void Delete(int partition)
    {
        _buffered[partition] = 0;
        _buffers[partition] = null;
        File.Delete(PathOf(partition));
    }

    /// <summary>Replaces a partition with <paramref name="values"/> (for example the same values, sorted).</summary>
    public void Rewrite(int partition, IEnumerable<T> values)
    {
        var materialised = values as IReadOnlyCollection<T> ?? values.ToList();
        _buffered[partition] = 0;
        File.Delete(PathOf(partition));
        foreach (var value in materialised) Append(partition, value);
        Flush(partition);
    }

    /// <summary>
    /// Every partition merged into one sequence ordered by <paramref name="order"/>; each partition must already be
    /// in that order (see <see cref="Rewrite"/>). Holds one value per partition. Equal values keep partition order.
    /// </summary>
    public IEnumerable<T> MergeSorted(IComparer<T> order)
    {
        var readers = Enumerable.Range(0, Count).Select(p => Read(p).GetEnumerator()).ToList();
        try
        {
            var heads = new PriorityQueue<int, (T Value, int Partition)>(Comparer<(T Value, int Partition)>.Create((a, b) =>
            {
                var c = order.Compare(a.Value, b.Value);
                return c != 0 ? c : a.Partition.CompareTo(b.Partition);
            }));
            for (var p = 0; p < readers.Count; p++)
                if (readers[p].MoveNext()) heads.Enqueue(p, (readers[p].Current, p));
            while (heads.TryDequeue(out var p, out var head))
            {
                yield return head.Value;
                if (readers[p].MoveNext()) heads.Enqueue(p, (readers[p].Current, p));
            }
        }
        finally
        {
            foreach (var reader in readers) reader.Dispose();
        }
    }

    private string PathOf(int partition) => Path.Combine(_folder, $"p{partition:D5}.jsonl");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A reader still open elsewhere (an abandoned enumeration): never hide the error being handled for it;
            // the next Lambda invocation sweeps what is left (SpillPartitions.SweepTempFiles).
        }
    }
}

public static class SpillPartitions
{
    /// <summary>
    /// Deletes what stages left in the temp folder: spill folders and spooled artifacts of an invocation that was killed
    /// (out of memory, a hard timeout) before it could clean up, which would otherwise fill a warm Lambda's /tmp
    /// attempt after attempt. Only for a process that runs one stage at a time (a Lambda container), never the local
    /// runner, whose concurrent stages share the folder.
    /// </summary>
    /// <summary>What the stages create in the temp folder and delete when done (spills, dedupe partitions and logs, spools).</summary>
    private static readonly string[] TransientPatterns = ["newscurator-spill-*", "newscurator-dedupe-*", "newscurator-keys-*.bin", "newscurator-drops-*.bin", "newscurator-*.tmp"];

    public static int SweepTempFiles(string? folder = null)
    {
        folder ??= Path.GetTempPath();
        var removed = 0;
        foreach (var path in TransientPatterns.SelectMany(pattern => Directory.EnumerateFileSystemEntries(folder, pattern)).ToList())
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                else File.Delete(path);
                removed++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // In use or not ours to delete: leave it.
            }
        }
        return removed;
    }

    /// <summary>How many partitions keep about <paramref name="perPartition"/> values in each.</summary>
    /// <remarks>
    /// At most <see cref="MaxPartitions"/>: a merge reads every partition at once, and Lambda allows 1,024 open files.
    /// Past that many times <paramref name="perPartition"/> values (a million rows in Export) partitions grow instead.
    /// </remarks>
    public static int CountFor(long values, int perPartition) => (int)Math.Clamp((values + perPartition - 1) / perPartition, 1, MaxPartitions);

    public const int MaxPartitions = 500;
}
