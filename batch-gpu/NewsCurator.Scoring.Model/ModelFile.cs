using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsCurator.Storage;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// One file: "NCSM", the header length, the JSON header, then every parameter as float16. Half
/// precision halves the file (the default model ships in the repository) and costs nothing in
/// quality for a bag model; weights are widened to float32 on load.
/// </summary>
public static class ModelFile
{
    public static void Save(string path, ScorerNetwork network, ModelHeader header)
    {
        using var weights = new MemoryStream();
        var entries = new List<ParameterEntry>();
        foreach (var (name, parameter) in network.named_parameters())
        {
            // Scoped: the intermediate tensors nothing holds can be finalised under a native call (see KeptScalars).
            using var scope = NewDisposeScope();
            var half = parameter.detach().cpu().to_type(ScalarType.Float16).contiguous();
            weights.Write(half.bytes);
            entries.Add(new ParameterEntry(name, parameter.shape));
        }
        var bytes = weights.ToArray();
        var finalHeader = header with { Parameters = entries, WeightsSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
        var json = JsonSerializer.SerializeToUtf8Bytes(finalHeader, Json.Options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(ModelFileReader.Magic);
            file.Write(BitConverter.GetBytes(json.Length));
            file.Write(json);
            file.Write(bytes);
        }
        File.Move(temp, path, overwrite: true);
    }

    public static (ScorerNetwork Network, ModelHeader Header) Load(string path)
    {
        var (header, weights) = ModelFileReader.Read(path);
        var network = new ScorerNetwork(header.Shape, header.ContentTypes.Count);
        using (no_grad())
        {
            foreach (var (name, parameter) in network.named_parameters())
            {
                if (!weights.TryGetValue(name, out var values) || values.Length != parameter.numel())
                    throw new InvalidDataException($"'{path}': parameter {name} does not match the network");
                using var scope = NewDisposeScope();
                parameter.copy_(tensor(values).reshape(parameter.shape));
            }
        }
        network.eval();
        return (network, header);
    }
}
