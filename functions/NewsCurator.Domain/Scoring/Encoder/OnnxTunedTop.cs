using System.Runtime.InteropServices;
using System.Text;
using static NewsCurator.Scoring.Encoder.OnnxProto;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// Adds the fine-tuned top layers (<see cref="TunedEncoderTop"/>) to the pretrained ONNX graph as a
/// second branch: the nodes of the top layers are copied under new names, read the tuned weights,
/// and end in a second output, <see cref="TunedOutput"/>, beside last_hidden_state. One run of the
/// session gives both embeddings for the price of the lower layers once and the top layers twice
/// (each tuned layer one more of six; one measured on 2 cores: 15-38 % more time, EXPERIMENTS.md). The original nodes, weights and output are
/// untouched, so the pretrained embedding stays what it was, bit for bit.
/// </summary>
public static class OnnxTunedTop
{
    public const string BaseOutput = "last_hidden_state";
    public const string TunedOutput = "last_hidden_state_tuned";
    /// <summary>The model metadata entry that names the tuned layers' <see cref="TunedEncoderTop.Id"/>.</summary>
    public const string TunedTopKey = "newscurator.tuned_top";
    private const int ModelMetadataProps = 14, EntryKey = 1, EntryValue = 2;
    private const string Suffix = "_tuned";

    public static byte[] Build(byte[] model, TunedEncoderTop top)
    {
        var graph = OnnxGraph.Read(model);
        var parameters = MiniLmParameters.Map(graph);
        var tunedWeights = new Dictionary<string, string>(StringComparer.Ordinal); // pretrained initializer -> its tuned copy
        var initializers = new List<byte[]>();
        foreach (var name in top.Names)
        {
            if (!parameters.TryGetValue(name, out var p)) throw new InvalidDataException($"the ONNX encoder has no parameter '{name}' to tune: is it all-MiniLM-L6-v2?");
            var delta = top.Deltas[name];
            long[] expected = p.Transposed ? [p.Tensor.Shape[1], p.Tensor.Shape[0]] : p.Tensor.Shape;
            if (!delta.Shape.SequenceEqual(expected))
                throw new InvalidDataException($"tuned parameter '{name}' has shape [{string.Join(",", delta.Shape)}], the encoder's is [{string.Join(",", expected)}]; the heads were trained on another encoder");
            var change = p.Transposed ? MiniLmParameters.Transpose(delta.Data, (int)delta.Shape[0], (int)delta.Shape[1]) : delta.Data;
            var tuned = new float[change.Length];
            for (var i = 0; i < tuned.Length; i++) tuned[i] = p.Tensor.Data[i] + change[i];
            tunedWeights[p.Tensor.Name] = p.Tensor.Name + Suffix;
            initializers.Add(Tensor(p.Tensor.Name + Suffix, TypeFloat, p.Tensor.Shape, MemoryMarshal.AsBytes(tuned.AsSpan()).ToArray()));
        }
        var copied = TopLayerNodes(graph, parameters[$"encoder.layer.{top.FirstLayer}.attention.self.query.weight"].Tensor.Name);
        var renamed = copied.SelectMany(i => graph.Nodes[i].Outputs).ToDictionary(o => o, o => o == BaseOutput ? TunedOutput : o + Suffix, StringComparer.Ordinal);
        if (!renamed.ContainsKey(BaseOutput)) throw new InvalidDataException($"the ONNX encoder's {BaseOutput} does not come from its top layers");
        string Input(string name) => renamed.TryGetValue(name, out var r) ? r : tunedWeights.TryGetValue(name, out var w) ? w : name;

        var rewritten = ReplaceGraph(model, graphField =>
        {
            var output = new MemoryStream();
            var copies = new List<byte[]>();
            byte[]? tunedOutput = null;
            var (nodeIndex, next) = (0, 0);
            foreach (var f in Fields(model, graphField.ValueStart, graphField.End))
            {
                output.Write(model, f.Start, f.End - f.Start);
                if (f.Number == GraphNode && f.Wire == 2)
                {
                    if (next < copied.Count && copied[next] == nodeIndex) { copies.Add(CopyNode(model, f, Input, renamed)); next++; }
                    nodeIndex++;
                }
                else if (f.Number == GraphOutput && f.Wire == 2 && StringField(model, f, ValueInfoName) == BaseOutput) tunedOutput = Renamed(model, f, ValueInfoName, TunedOutput);
            }
            if (tunedOutput is null) throw new InvalidDataException($"the ONNX encoder has no graph output {BaseOutput}");
            foreach (var i in initializers) WriteBytesField(output, GraphInitializer, i);
            foreach (var c in copies) WriteBytesField(output, GraphNode, c);
            WriteBytesField(output, GraphOutput, tunedOutput);
            return output.ToArray();
        });
        // metadata_props: which tuned layers this graph carries, for the scorer to match against its heads.
        var entry = new MemoryStream();
        WriteString(entry, EntryKey, TunedTopKey);
        WriteString(entry, EntryValue, top.Id);
        var result = new MemoryStream(rewritten.Length + 64);
        result.Write(rewritten);
        WriteBytesField(result, ModelMetadataProps, entry.ToArray());
        return result.ToArray();
    }

    /// <summary>
    /// Indices of the nodes of the top layers, in graph order (topological): those downstream of the
    /// hidden state the first tuned layer's query reads, that the output depends on. Nodes outside
    /// (the attention mask's bias, constants) are shared by both branches.
    /// </summary>
    private static List<int> TopLayerNodes(OnnxGraph graph, string queryWeight)
    {
        var query = graph.Nodes.Where(n => n.OpType == "MatMul" && n.Inputs.Length == 2 && n.Inputs[1] == queryWeight).ToList();
        if (query.Count != 1) throw new InvalidDataException($"the ONNX encoder has {query.Count} MatMuls reading '{queryWeight}', expected one");
        var downstream = new HashSet<string>(StringComparer.Ordinal) { query[0].Inputs[0] };
        var below = new bool[graph.Nodes.Count];
        for (var i = 0; i < graph.Nodes.Count; i++)
            if (graph.Nodes[i].Inputs.Any(downstream.Contains)) { below[i] = true; downstream.UnionWith(graph.Nodes[i].Outputs); }
        var needed = new HashSet<string>(StringComparer.Ordinal) { BaseOutput };
        var result = new List<int>();
        for (var i = graph.Nodes.Count - 1; i >= 0; i--)
        {
            if (!graph.Nodes[i].Outputs.Any(needed.Contains)) continue;
            needed.UnionWith(graph.Nodes[i].Inputs);
            if (below[i]) result.Add(i);
        }
        result.Reverse();
        return result;
    }

    /// <summary>A node with its inputs and outputs renamed to the tuned branch's tensors, and its name made unique.</summary>
    private static byte[] CopyNode(byte[] model, Field node, Func<string, string> input, IReadOnlyDictionary<string, string> outputs)
    {
        var s = new MemoryStream();
        foreach (var f in Fields(model, node.ValueStart, node.End))
        {
            var text = f.Wire == 2 ? Encoding.UTF8.GetString(model, f.ValueStart, f.End - f.ValueStart) : null;
            switch (f.Number)
            {
                case NodeInput when text is not null: WriteString(s, NodeInput, input(text)); break;
                case NodeOutput when text is not null: WriteString(s, NodeOutput, outputs[text]); break;
                case NodeName when text is not null: WriteString(s, NodeName, text + Suffix); break;
                default: s.Write(model, f.Start, f.End - f.Start); break;
            }
        }
        return s.ToArray();
    }

    /// <summary>A message with its string field <paramref name="field"/> set to <paramref name="name"/>; the rest as it was.</summary>
    private static byte[] Renamed(byte[] model, Field message, int field, string name)
    {
        var s = new MemoryStream();
        foreach (var f in Fields(model, message.ValueStart, message.End))
            if (f.Number == field && f.Wire == 2) WriteString(s, field, name);
            else s.Write(model, f.Start, f.End - f.Start);
        return s.ToArray();
    }
}
