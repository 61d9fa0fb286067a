namespace NewsCurator.Filter;

/// <summary>
/// Dedupe keys split into partitions by a hash, so one partition at a time is in memory. A run that
/// fits in one partition never touches the disk; a larger one spills each partition to a temporary
/// file (deleted on dispose) and reads them back one by one.
/// </summary>
internal sealed class KeyPartitions : IDisposable
{
    private readonly List<DedupeKey>? _memory;
    private readonly string? _folder;
    private readonly BinaryWriter[]? _writers;

    public KeyPartitions(int count)
    {
        Count = Math.Max(1, count);
        if (Count == 1)
        {
            _memory = [];
            return;
        }
        _folder = Path.Combine(Path.GetTempPath(), $"newscurator-dedupe-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        _writers = new BinaryWriter[Count];
        for (var i = 0; i < Count; i++)
            _writers[i] = new BinaryWriter(new BufferedStream(File.Create(PathOf(i)), 1 << 16));
    }

    public int Count { get; }

    private string PathOf(int partition) => Path.Combine(_folder!, $"p{partition:D5}.bin");

    public void Add(DedupeKey key, ulong hash)
    {
        if (_memory is not null) _memory.Add(key);
        else key.Write(_writers![(int)(hash % (ulong)Count)]);
    }

    /// <summary>Each partition's keys in turn; call once, after every <see cref="Add"/>.</summary>
    public IEnumerable<List<DedupeKey>> Read()
    {
        if (_memory is not null)
        {
            yield return _memory;
            yield break;
        }
        foreach (var writer in _writers!) writer.Dispose();
        for (var i = 0; i < Count; i++)
        {
            var keys = new List<DedupeKey>();
            using (var reader = new BinaryReader(new BufferedStream(File.OpenRead(PathOf(i)), 1 << 16)))
                while (reader.BaseStream.Position < reader.BaseStream.Length) keys.Add(DedupeKey.Read(reader));
            File.Delete(PathOf(i));
            yield return keys;
        }
    }

    public void Dispose()
    {
        if (_writers is not null) foreach (var writer in _writers) writer.Dispose();
        if (_folder is not null && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>
/// Keys in no particular order: in memory up to a limit, then in one temporary file (deleted on dispose).
/// Written first, then read as often as needed.
/// </summary>
internal sealed class KeySequence(int memoryLimit) : IDisposable
{
    private List<DedupeKey>? _memory = [];
    private string? _path;
    private BinaryWriter? _writer;

    public int Count { get; private set; }

    public void Add(DedupeKey key)
    {
        Count++;
        if (_memory is not null)
        {
            _memory.Add(key);
            if (_memory.Count <= memoryLimit) return;
            _path = Path.Combine(Path.GetTempPath(), $"newscurator-keys-{Guid.NewGuid():N}.bin");
            _writer = new BinaryWriter(new BufferedStream(File.Create(_path), 1 << 16));
            foreach (var held in _memory) held.Write(_writer);
            _memory = null;
            return;
        }
        if (_writer is null) throw new InvalidOperationException("keys are added before they are read");
        key.Write(_writer);
    }

    public IEnumerable<DedupeKey> ReadAll()
    {
        if (_memory is not null)
        {
            foreach (var key in _memory) yield return key;
            yield break;
        }
        _writer?.Dispose();
        _writer = null;
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(_path!), 1 << 16));
        for (var i = 0; i < Count; i++) yield return DedupeKey.Read(reader);
    }

    public void Dispose()
    {
        _writer?.Dispose();
        if (_path is not null && File.Exists(_path)) File.Delete(_path);
    }
}
