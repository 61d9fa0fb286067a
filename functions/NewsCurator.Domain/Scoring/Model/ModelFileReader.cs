using System.Security.Cryptography;
using System.Text.Json;
using NewsCurator.Storage;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// Reads a scorer model file without libtorch: "NCSM", header length, JSON header, then each
/// parameter as float16 in header order. The checksum is verified before anything is used.
/// </summary>
public static class ModelFileReader
{
    public static readonly byte[] Magic = "NCSM"u8.ToArray();

    public static (ModelHeader Header, Dictionary<string, float[]> Weights) Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"model file '{path}' does not exist; train one with `newscurator-score train` or set scoring.model to the shipped batch-gpu/model/scorer.ncsm");
        var data = File.ReadAllBytes(path);
        if (data.Length < 8 || !data.AsSpan(0, 4).SequenceEqual(Magic))
            throw new InvalidDataException($"'{path}' is not a NewsCurator scorer model (bad magic)");
        var headerLength = BitConverter.ToInt32(data, 4);
        if (headerLength <= 0 || 8 + headerLength > data.Length) throw new InvalidDataException($"'{path}': the header length is corrupt");
        var header = JsonSerializer.Deserialize<ModelHeader>(data.AsSpan(8, headerLength), Json.Options)
            ?? throw new InvalidDataException($"'{path}': empty header");
        if (header.FormatVersion != 1) throw new InvalidDataException($"'{path}': format version {header.FormatVersion} is not supported (expected 1)");
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
}
