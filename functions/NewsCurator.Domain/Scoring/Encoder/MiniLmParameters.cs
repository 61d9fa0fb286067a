namespace NewsCurator.Scoring.Encoder;

/// <summary>A parameter of the ONNX graph under its HuggingFace name; Linear weights are stored [in, out] there (a MatMul's second input), the transpose of HuggingFace's [out, in].</summary>
public sealed record OnnxParameter(string Name, OnnxTensor Tensor, bool Transposed);

/// <summary>
/// Where all-MiniLM-L6-v2's parameters sit in the exported ONNX graph. Embeddings, biases and
/// LayerNorms are named initializers; the 36 weight matrices are anonymous, each the second input
/// of a MatMul whose output feeds the Add of a named bias: that bias names the weight.
/// </summary>
public static class MiniLmParameters
{
    /// <summary>Transformer layers in all-MiniLM-L6-v2.</summary>
    public const int EncoderLayers = 6;

    /// <summary>The parameters of one transformer layer (0-based), as HuggingFace names them.</summary>
    public static IReadOnlyList<string> Layer(int layer)
    {
        string[] linears = ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense", "intermediate.dense", "output.dense"];
        string[] norms = ["attention.output.LayerNorm", "output.LayerNorm"];
        return [.. linears.Concat(norms).SelectMany(p => new[] { $"encoder.layer.{layer}.{p}.weight", $"encoder.layer.{layer}.{p}.bias" })];
    }

    /// <summary>HuggingFace parameter names to the graph's initializers.</summary>
    public static Dictionary<string, OnnxParameter> Map(OnnxGraph graph)
    {
        var result = new Dictionary<string, OnnxParameter>(StringComparer.Ordinal);
        foreach (var (name, t) in graph.Initializers)
            if (name.StartsWith("embeddings.", StringComparison.Ordinal) || name.StartsWith("encoder.", StringComparison.Ordinal))
                result[name] = new OnnxParameter(name, t, Transposed: false);
        var producers = graph.Nodes.Where(n => n.OpType == "MatMul").SelectMany(n => n.Outputs.Select(o => (o, n))).ToDictionary(p => p.o, p => p.n, StringComparer.Ordinal);
        foreach (var add in graph.Nodes.Where(n => n.OpType == "Add" && n.Inputs.Length == 2))
        {
            var bias = add.Inputs.FirstOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal) && graph.Initializers.ContainsKey(i));
            var product = add.Inputs.FirstOrDefault(i => i != bias);
            if (bias is null || product is null || !producers.TryGetValue(product, out var matmul)) continue;
            if (matmul.Inputs.Length != 2 || !graph.Initializers.TryGetValue(matmul.Inputs[1], out var weight) || weight.Shape.Length != 2) continue;
            var name = bias[..^".bias".Length] + ".weight";
            if (result.ContainsKey(name)) throw new InvalidDataException($"two MatMul weights map to '{name}'");
            result[name] = new OnnxParameter(name, weight, Transposed: true);
        }
        return result;
    }

    /// <summary>A [rows, columns] matrix as [columns, rows].</summary>
    public static float[] Transpose(float[] data, int rows, int columns)
    {
        var result = new float[data.Length];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                result[c * rows + r] = data[r * columns + c];
        return result;
    }
}
