using static NewsCurator.Scoring.Encoder.OnnxProto;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// Dynamic int8 quantisation of an ONNX graph, written out here because onnxruntime's quantiser is
/// a Python tool: every MatMul whose second input is a float weight matrix [K, N] becomes
/// DynamicQuantizeLinear (activations to uint8 with a scale and zero point per call), MatMulInteger
/// against the weights stored as uint8 (symmetric per output column, zero point 128), a cast back
/// to float and one multiply by the activation scale times each column's scale. These are standard
/// ONNX operators that ONNX Runtime fuses on load. uint8 weights rather than int8 because the
/// u8 x s8 kernels of CPUs without VNNI saturate their 16-bit pair sums; u8 x u8 does not.
/// DynamicQuantizeLinear has one scale for the whole batch, so an embedding moves slightly with its
/// batch-mates (a scale per token row in elementwise operators was measured: batch-independent, but
/// no faster than fp32 here; EXPERIMENTS.md).
/// Everything else in the model is copied byte for byte (protobuf fields at the level they sit).
/// </summary>
public static class OnnxQuantizer
{
    /// <summary>The quantised model, and how many MatMuls it quantised.</summary>
    public static (byte[] Model, int MatMuls) DynamicUint8(byte[] model)
    {
        var parsed = OnnxGraph.Read(model);
        var quantised = 0;
        var result = ReplaceGraph(model, graph =>
        {
            (var bytes, quantised) = Graph(model, graph, parsed);
            return bytes;
        });
        return (result, quantised);
    }

    /// <param name="parsed">The same graph read by <see cref="OnnxGraph"/>: its nodes are the graph's node fields, in order.</param>
    private static (byte[] Graph, int Count) Graph(byte[] model, Field graph, OnnxGraph parsed)
    {
        // Which weight matrices feed a MatMul as its second input, and nothing else (those can be replaced).
        var uses = parsed.Nodes.SelectMany(n => n.Inputs).GroupBy(i => i, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        bool Replaced(OnnxNode n) => n.OpType == "MatMul" && n.Inputs.Length == 2 && parsed.Initializers.TryGetValue(n.Inputs[1], out var w)
                                     && w.Shape.Length == 2 && uses[n.Inputs[1]] == 1;
        var replacedWeights = parsed.Nodes.Where(Replaced).Select(n => n.Inputs[1]).ToHashSet(StringComparer.Ordinal);

        var output = new MemoryStream();
        var (count, nodeIndex) = (0, 0);
        foreach (var f in Fields(model, graph.ValueStart, graph.End))
        {
            if (f.Number == GraphNode && f.Wire == 2 && parsed.Nodes[nodeIndex++] is var node && Replaced(node))
            {
                var prefix = $"{node.Inputs[1]}_quant{count}";
                foreach (var tensor in QuantiseWeight(parsed.Initializers[node.Inputs[1]], prefix)) WriteBytesField(output, GraphInitializer, tensor);
                foreach (var n in QuantisedMatMul(node.Inputs[0], prefix, node.Outputs[0])) WriteBytesField(output, GraphNode, n);
                count++;
            }
            else if (f.Number == GraphInitializer && f.Wire == 2 && replacedWeights.Contains(TensorNameOf(model, f))) continue;
            else output.Write(model, f.Start, f.End - f.Start);
        }
        return (output.ToArray(), count);
    }

    /// <summary>The weights as uint8 around 128 [K, N], each column's scale [N], and the zero point.</summary>
    private static IEnumerable<byte[]> QuantiseWeight(OnnxTensor weight, string prefix)
    {
        var (k, n) = ((int)weight.Shape[0], (int)weight.Shape[1]);
        var scales = new float[n];
        for (var col = 0; col < n; col++)
        {
            float max = 0;
            for (var row = 0; row < k; row++) max = Math.Max(max, Math.Abs(weight.Data[row * n + col]));
            scales[col] = max > 0 ? max / 127f : 1f;
        }
        var q = new byte[k * n];
        for (var row = 0; row < k; row++)
            for (var col = 0; col < n; col++)
                q[row * n + col] = (byte)(128 + Math.Clamp((int)Math.Round(weight.Data[row * n + col] / scales[col]), -127, 127));
        var scaleBytes = new byte[n * 4];
        Buffer.BlockCopy(scales, 0, scaleBytes, 0, scaleBytes.Length);
        yield return Tensor($"{prefix}_q", TypeUint8, [k, n], q);
        yield return Tensor($"{prefix}_scale", TypeFloat, [n], scaleBytes);
        yield return Tensor($"{prefix}_zero", TypeUint8, [], [128]);
    }

    private static IEnumerable<byte[]> QuantisedMatMul(string input, string prefix, string output)
    {
        yield return Node("DynamicQuantizeLinear", [input], [$"{prefix}_a", $"{prefix}_a_scale", $"{prefix}_a_zero"]);
        yield return Node("MatMulInteger", [$"{prefix}_a", $"{prefix}_q", $"{prefix}_a_zero", $"{prefix}_zero"], [$"{prefix}_int"]);
        yield return Node("Cast", [$"{prefix}_int"], [$"{prefix}_float"], ("to", TypeFloat));
        yield return Node("Mul", [$"{prefix}_a_scale", $"{prefix}_scale"], [$"{prefix}_scales"]);
        yield return Node("Mul", [$"{prefix}_float", $"{prefix}_scales"], [output]);
    }

    private static byte[] Node(string op, string[] inputs, string[] outputs, (string Name, long Value)? intAttribute = null)
    {
        var s = new MemoryStream();
        foreach (var i in inputs) WriteString(s, NodeInput, i);
        foreach (var o in outputs) WriteString(s, NodeOutput, o);
        WriteString(s, NodeName, outputs[0] + "_node");
        WriteString(s, NodeOpType, op);
        if (intAttribute is { } a)
        {
            var attribute = new MemoryStream();
            WriteString(attribute, 1, a.Name); // AttributeProto.name
            WriteVarintField(attribute, 3, (ulong)a.Value); // .i
            WriteVarintField(attribute, 20, 2); // .type = INT
            WriteBytesField(s, NodeAttribute, attribute.ToArray());
        }
        return s.ToArray();
    }
}
