namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The encoder's top transformer layers as fine-tuned with the heads (`train-heads`): each parameter
/// as its difference to the pretrained weight, under its HuggingFace name and in HuggingFace's layout
/// ([out, in] for Linear weights). The differences are small (rms about 1e-3 against weights of
/// 0.04-0.08), so the heads file's float16 keeps each to about 1e-3 of itself, some 1e-6 of a weight,
/// and the pretrained values underneath stay bit for bit.
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
        var extra = deltas.Keys.Except(Names, StringComparer.Ordinal).ToList();
        if (extra.Count > 0) throw new InvalidDataException($"tuned parameter {extra[0]} is not in the top {layers} layer(s) the heads file names; the file is inconsistent");
        foreach (var (name, delta) in deltas)
        {
            if (delta.Shape.Aggregate(1L, (a, b) => a * b) != delta.Data.Length) throw new InvalidDataException($"tuned parameter {name}: shape [{string.Join(",", delta.Shape)}] does not hold its {delta.Data.Length} values");
            if (!delta.Data.All(float.IsFinite)) throw new InvalidDataException($"tuned parameter {name} holds a value that is not finite; retrain with `newscurator-score train-heads`");
        }
        Deltas = deltas;
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var name in Names) hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(deltas[name].Data.AsSpan()));
        Id = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>A fingerprint of the tuned values (SHA-256 of the deltas), so an encoder built with these layers is told from one built with others.</summary>
    public string Id { get; }

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
