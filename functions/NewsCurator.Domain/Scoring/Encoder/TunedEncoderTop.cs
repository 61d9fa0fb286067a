namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The encoder's top transformer layers as fine-tuned with the heads (`train-heads`): each parameter
/// as its difference to the pretrained weight, under its HuggingFace name and in HuggingFace's layout
/// ([out, in] for Linear weights). The differences are small, so the heads file's float16 keeps them
/// to a few parts in 10^7 of the weight, and the pretrained values underneath stay bit for bit.
/// The tuned layers run beside the pretrained ones from the same lower layers: the heads read the
/// tuned embedding; whatever compares texts (the profile, topics, story clusters) reads the pretrained
/// one, whose geometry fine-tuning on labels would bend.
/// </summary>
public sealed class TunedEncoderTop
{
    /// <summary>How the heads file names a tuned parameter: this prefix, then the HuggingFace name.</summary>
    public const string ParameterPrefix = "_tuned.";

    public TunedEncoderTop(int layers, IReadOnlyDictionary<string, OnnxTensor> deltas)
    {
        if (layers < 1 || layers > MiniLmParameters.EncoderLayers)
            throw new ArgumentOutOfRangeException(nameof(layers), $"{layers} tuned layers: the encoder has {MiniLmParameters.EncoderLayers}");
        Layers = layers;
        Names = [.. Enumerable.Range(FirstLayer, layers).SelectMany(MiniLmParameters.Layer)];
        var missing = Names.Where(n => !deltas.ContainsKey(n)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"the tuned encoder layers lack {missing.Count} parameters, first {missing[0]}; the heads file is incomplete");
        Deltas = deltas;
    }

    /// <summary>How many layers from the top are tuned.</summary>
    public int Layers { get; }

    /// <summary>The first tuned layer (0-based): it and every layer above it have a tuned copy.</summary>
    public int FirstLayer => MiniLmParameters.EncoderLayers - Layers;

    /// <summary>The HuggingFace names of the tuned parameters, layer by layer.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Tuned minus pretrained, by HuggingFace name, in HuggingFace's layout.</summary>
    public IReadOnlyDictionary<string, OnnxTensor> Deltas { get; }

    /// <summary>The tuned parameters from a heads file's weights (names with <see cref="ParameterPrefix"/>, shapes from its header).</summary>
    public static TunedEncoderTop FromFile(int layers, IReadOnlyDictionary<string, float[]> weights, IReadOnlyList<NewsCurator.Scoring.Model.ParameterEntry> entries)
    {
        var deltas = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Name.StartsWith(ParameterPrefix, StringComparison.Ordinal)))
        {
            var name = entry.Name[ParameterPrefix.Length..];
            deltas[name] = new OnnxTensor(name, entry.Shape, weights[entry.Name]);
        }
        return new TunedEncoderTop(layers, deltas);
    }

    /// <summary>The parameters as the heads file stores them, for the writer.</summary>
    public IEnumerable<(string Name, long[] Shape, float[] Values)> FileParameters()
        => Names.Select(n => (ParameterPrefix + n, Deltas[n].Shape, Deltas[n].Data));

    /// <summary>These deltas as float16 gives them back, so what trains on the tuned encoder is what a heads file reproduces.</summary>
    public TunedEncoderTop RoundedAsStored()
        => new(Layers, Deltas.ToDictionary(p => p.Key, p => p.Value with { Data = [.. p.Value.Data.Select(v => (float)(Half)v)] }, StringComparer.Ordinal));
}
