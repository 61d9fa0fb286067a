using System.Security.Cryptography;
using System.Text.Json;
using NewsCurator.Storage;

namespace NewsCurator.Scoring.Model;

/// <summary>A header that lists the parameters that follow it and their checksum.</summary>
public interface IWeightsHeader
{
    IReadOnlyList<ParameterEntry> Parameters { get; }
    string WeightsSha256 { get; }
    int FormatVersion { get; }
}

/// <summary>
/// The layout every model file of the project shares: 4 magic bytes, the header length, a JSON
/// header, then each parameter as float16 in header order. The checksum is verified before
/// anything is used, so a damaged file fails loudly instead of scoring wrongly.
/// </summary>
public static class WeightsFile
{
    public static (THeader Header, Dictionary<string, float[]> Weights) Read<THeader>(string path, byte[] magic, int formatVersion, string whatItIs, string howToGetOne)
        where THeader : IWeightsHeader
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{whatItIs} '{path}' does not exist; {howToGetOne}");
        var data = File.ReadAllBytes(path);
        if (data.Length < 8 || !data.AsSpan(0, 4).SequenceEqual(magic))
            throw new InvalidDataException($"'{path}' is not a {whatItIs} (bad magic)");
        var headerLength = BitConverter.ToInt32(data, 4);
        if (headerLength <= 0 || 8 + headerLength > data.Length) throw new InvalidDataException($"'{path}': the header length is corrupt");
        var header = JsonSerializer.Deserialize<THeader>(data.AsSpan(8, headerLength), Json.Options)
            ?? throw new InvalidDataException($"'{path}': empty header");
        // Older versions stay readable; a newer one may carry parts this build would ignore and score wrongly.
        if (header.FormatVersion < 1 || header.FormatVersion > formatVersion)
            throw new InvalidDataException($"'{path}': format version {header.FormatVersion} is not supported (this build reads 1 to {formatVersion}); use the build that wrote it or retrain with this one");
        var weights = data.AsSpan(8 + headerLength);
        var actual = Convert.ToHexStringLower(SHA256.HashData(weights));
        if (actual != header.WeightsSha256)
            throw new InvalidDataException($"'{path}': checksum mismatch (header {header.WeightsSha256[..Math.Min(12, header.WeightsSha256.Length)]}, weights {actual[..12]}); the file is damaged");
        var result = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var entry in header.Parameters)
        {
            var count = (int)entry.Shape.Aggregate(1L, (a, b) => a * b);
            if (offset + count * 2 > weights.Length) throw new InvalidDataException($"'{path}': weights end before parameter {entry.Name}");
            var values = new float[count];
            for (var i = 0; i < count; i++) values[i] = (float)BitConverter.ToHalf(weights.Slice(offset + i * 2, 2));
            result[entry.Name] = values;
            offset += count * 2;
        }
        return (header, result);
    }

    /// <summary>
    /// Why the file does not hold what its own header declares, read from the header alone, or null: the header's length
    /// against the file's, and its parameters' float16 bytes against the rest. An interrupted copy kept the right magic and
    /// passed the start-of-run check, and the run failed at Score after Ingest had read every feed (hostile-input audit
    /// 44, H2); this reads a few kilobytes where <see cref="Read{THeader}"/> reads and hashes the whole file.
    /// </summary>
    public static string? LayoutProblem(string path)
    {
        using var file = File.OpenRead(path);
        var length = file.Length;
        Span<byte> head = stackalloc byte[8];
        if (file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length) return $"is cut short: {length} bytes, not even a header";
        var headerLength = BitConverter.ToInt32(head[4..]);
        if (headerLength <= 0 || 8L + headerLength > length) return $"is cut short: its header declares {headerLength} bytes, the file holds {length}";
        var json = new byte[headerLength];
        file.ReadExactly(json);
        Layout? layout;
        try
        {
            layout = JsonSerializer.Deserialize<Layout>(json, Json.Options);
        }
        catch (JsonException)
        {
            return "is damaged: its header is not JSON";
        }
        if (layout?.Parameters is not { Count: > 0 } parameters) return "is damaged: its header lists no parameters";
        // A parameter without a shape (or a null entry) is damage to name, not a NullReferenceException out of StartRun (review 38 R2).
        if (parameters.Any(p => p?.Shape is null || p.Shape.Any(d => d < 0))) return "is damaged: its header lists a parameter without a shape";
        var declared = parameters.Sum(p => p.Shape.Aggregate(2L, (a, b) => a * b));
        var held = length - 8 - headerLength;
        return declared == held ? null
            : $"is {(held < declared ? "cut short" : "damaged")}: its header declares {declared} bytes of weights, the file holds {held}";
    }

    private sealed record Layout(IReadOnlyList<ParameterEntry>? Parameters);

    /// <summary>Writes header and float16 weights atomically; returns the header as written (parameters and checksum filled in).</summary>
    public static THeader Write<THeader>(string path, byte[] magic, THeader header, IReadOnlyList<(string Name, long[] Shape, float[] Values)> parameters,
        Func<THeader, IReadOnlyList<ParameterEntry>, string, THeader> complete)
    {
        using var weights = new MemoryStream();
        foreach (var (_, _, values) in parameters)
            foreach (var v in values) weights.Write(BitConverter.GetBytes((Half)v));
        var bytes = weights.ToArray();
        var final = complete(header, parameters.Select(p => new ParameterEntry(p.Name, p.Shape)).ToList(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var json = JsonSerializer.SerializeToUtf8Bytes(final, Json.Options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(magic);
            file.Write(BitConverter.GetBytes(json.Length));
            file.Write(json);
            file.Write(bytes);
        }
        File.Move(temp, path, overwrite: true);
        return final;
    }
}
