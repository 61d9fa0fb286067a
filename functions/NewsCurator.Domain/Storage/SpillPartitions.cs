using System.Text.Json;

namespace NewsCurator.Storage;

/// <summary>
/// Values spilled to local temporary files, one file per partition, and read back one partition at a
/// time: a stage that must join or sort more than fits in memory holds one partition, never the run.
/// Values keep the order they were appended in within a partition. The folder is deleted on dispose.
/// </summary>
public sealed class SpillPartitions<T> : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newscurator-spill-{Guid.NewGuid():N}");
    private readonly FileStream?[] _writers;

    public SpillPartitions(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Directory.CreateDirectory(_folder);
        _writers = new FileStream?[count];
    }

    public int Count => _writers.Length;

    /// <summary>A partition for <paramref name="key"/> that is the same in every process (no randomised string hash).</summary>
    public int PartitionOf(string key) => Count == 1 ? 0 : (int)(Filter.SimHash.Hash64(key) % (ulong)Count);

    public void Append(int partition, T value)
    {
        // Small buffers: a run may hold a few hundred partitions open at once.
        var writer = _writers[partition] ??= new FileStream(PathOf(partition), FileMode.Append, FileAccess.Write, FileShare.None, 1 << 14);
        writer.Write(JsonSerializer.SerializeToUtf8Bytes(value, Json.Options));
        writer.WriteByte((byte)'\n');
    }

    /// <summary>One partition's values in the order they were appended; appending after reading starts is not allowed.</summary>
    public IEnumerable<T> Read(int partition)
    {
        if (_writers[partition] is { } writer)
        {
            writer.Dispose();
            _writers[partition] = null;
        }
        var path = PathOf(partition);
        if (!File.Exists(path)) yield break;
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 14));
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return JsonSerializer.Deserialize<T>(line, Json.Options)!;
    }

    /// <summary>Replaces a partition with <paramref name="values"/> (for example the same values, sorted).</summary>
    public void Rewrite(int partition, IEnumerable<T> values)
    {
        var materialised = values as IReadOnlyCollection<T> ?? values.ToList();
        if (_writers[partition] is { } writer) writer.Dispose();
        _writers[partition] = null;
        File.Delete(PathOf(partition));
        foreach (var value in materialised) Append(partition, value);
        _writers[partition]?.Dispose();
        _writers[partition] = null;
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
        foreach (var writer in _writers) writer?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader still open elsewhere (an abandoned enumeration); the OS temp cleaner takes the rest.
        }
    }
}

public static class SpillPartitions
{
    /// <summary>How many partitions keep about <paramref name="perPartition"/> values in each.</summary>
    public static int CountFor(long values, int perPartition) => (int)Math.Clamp((values + perPartition - 1) / perPartition, 1, 4096);
}
