using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model;
using NewsCurator.Scoring.Model.Encoder;
using NewsCurator.Scoring.Model.Heads;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The fine-tuned top layers the heads read through: the ONNX graph with a tuned branch and the
/// TorchSharp network with tuned copies give the same embeddings, the pretrained embedding stays
/// what it was, and the heads file carries the layers.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TunedEncoderTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    [Fact]
    public void TunedBranch_WithNoChange_ShouldGiveThePretrainedEmbeddingTwice()
    {
        var top = Deltas(layers: 1, scale: 0, seed: 1);
        using var encoder = new OnnxSentenceEncoder(OnnxTunedTop.Build(fixture.Model, top));
        Assert.Equal(top.Id, encoder.TunedTop);
        var inputs = Inputs(12);
        var embedded = encoder.Embed(inputs);
        var pretrained = fixture.Onnx.Encode(inputs);
        Assert.All(embedded.Zip(pretrained), p =>
        {
            Assert.True(MaxDifference(p.First.General, p.Second) < 1e-6, "the pretrained branch changed");
            Assert.True(MaxDifference(p.First.Scoring, p.Second) < 1e-5, "zero deltas changed the tuned branch");
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void TunedBranch_ShouldEqualTorchSharpWithTheSameTunedLayers_AndLeaveThePretrainedEmbeddingAlone(int layers)
    {
        var top = Deltas(layers, scale: 0.1, seed: layers);
        var graph = OnnxTunedTop.Build(fixture.Model, top);
        var added = OnnxGraph.Read(graph).Nodes.Count - OnnxGraph.Read(fixture.Model).Nodes.Count;
        Assert.True(added % layers == 0 && added / layers > 40 && added / layers <= LayerSpan(fixture.Model), $"{added} nodes copied for {layers} layer(s), a layer spans {LayerSpan(fixture.Model)}");
        using var onnx = new OnnxSentenceEncoder(graph);
        using var torchEncoder = new TorchSentenceEncoder(MiniLmWeights.Load(fixture.Model, top: top), batchSize: 5);
        Assert.Equal(top.Id, torchEncoder.TunedTop);
        Assert.Equal(top.Id, onnx.TunedTop);
        var inputs = Inputs(16);
        var ours = onnx.Embed(inputs);
        var theirs = torchEncoder.Embed(inputs);
        var pretrained = fixture.Onnx.Encode(inputs);
        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.True(MaxDifference(ours[i].Scoring, theirs[i].Scoring) < 1e-4, $"tuned: ONNX and TorchSharp differ by {MaxDifference(ours[i].Scoring, theirs[i].Scoring):E2}");
            Assert.True(MaxDifference(ours[i].General, pretrained[i]) < 1e-6, $"ONNX pretrained branch moved by {MaxDifference(ours[i].General, pretrained[i]):E2}");
            Assert.True(MaxDifference(theirs[i].General, pretrained[i]) < 1e-4, $"TorchSharp pretrained branch differs by {MaxDifference(theirs[i].General, pretrained[i]):E2}");
        }
        // The deltas act: the tuned embedding is another vector.
        var cosine = ours.Average(e => SentencePooling.Cosine(e.General, e.Scoring));
        Assert.True(cosine < 0.99, $"tuned against pretrained: mean cosine {cosine:0.0000}");
    }

    [Fact]
    public void Int8_ShouldQuantiseTheTunedBranchToo()
    {
        var top = Deltas(1, 0.1, 3);
        var graph = OnnxTunedTop.Build(fixture.Model, top);
        var (model, matMuls) = OnnxQuantizer.DynamicUint8(graph);
        Assert.Equal(36 + 6, matMuls);
        using var int8 = new OnnxSentenceEncoder(model);
        Assert.Equal(top.Id, int8.TunedTop); // the model's metadata survives quantisation
        using var fp32 = new OnnxSentenceEncoder(graph);
        var inputs = Inputs(12);
        var pairs = int8.Embed(inputs).Zip(fp32.Embed(inputs)).ToList();
        var tuned = pairs.Select(p => SentencePooling.Cosine(p.First.Scoring, p.Second.Scoring)).ToList();
        Assert.True(tuned.Min() > 0.97, $"int8 tuned against fp32 tuned: min cosine {tuned.Min():0.0000}");
        // The quantised branch reads the tuned weights: it is nearer the fp32 tuned embedding than the pretrained one.
        Assert.All(pairs, p => Assert.True(SentencePooling.Cosine(p.First.Scoring, p.Second.Scoring) > SentencePooling.Cosine(p.First.Scoring, p.Second.General)));
    }

    [Fact]
    public void HeadsFile_ShouldCarryTheTunedLayersAndRefuseAnIncompleteSet()
    {
        var top = Deltas(1, 0.001, 4);
        var weights = HeadsTrainer.Train(EncoderHeadsTests.SyntheticItems(60, 1), new HeadsTrainOptions { Shape = new HeadsShape(Hidden: 8), Epochs = 1 });
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "tuned.nceh");
        var header = HeadsFile.Save(path, weights, null, Header(weights), top);
        Assert.Equal(1, header.TunedLayers);
        var heads = EncoderHeads.Load(path);
        Assert.NotNull(heads.Top);
        Assert.Equal(top.Names, heads.Top!.Names);
        foreach (var name in top.Names) // float16 keeps small differences to about 1e-3 of their size
            Assert.All(top.Deltas[name].Data.Zip(heads.Top.Deltas[name].Data), p => Assert.True(Math.Abs(p.First - p.Second) <= 1e-3 * Math.Abs(p.First) + 1e-7));
        Assert.Throws<ArgumentException>(() => new EncoderScorer(heads, new OnnxSentenceEncoder(fixture.Model), fixture.Tokenizer, new ProfileConfig()));
        var other = Deltas(1, 0.001, 5);
        Assert.NotEqual(top.Id, other.Id);
        var mismatch = Assert.Throws<ArgumentException>(() => new EncoderScorer(heads, new OnnxSentenceEncoder(OnnxTunedTop.Build(fixture.Model, other)), fixture.Tokenizer, new ProfileConfig()));
        Assert.Contains(other.Id, mismatch.Message);
        var untunedPath = Path.Combine(dir.Path, "untuned.nceh");
        HeadsFile.Save(untunedPath, weights, null, Header(weights));
        Assert.Throws<ArgumentException>(() => new EncoderScorer(EncoderHeads.Load(untunedPath), new OnnxSentenceEncoder(OnnxTunedTop.Build(fixture.Model, top)), fixture.Tokenizer, new ProfileConfig()));

        // A file written by a newer build is refused rather than read in part.
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf("\"formatVersion\":2"u8);
        Assert.True(at > 0);
        bytes[at + "\"formatVersion\":".Length] = (byte)'9'; // the header is not under the weights' checksum
        File.WriteAllBytes(path, bytes);
        Assert.Contains("format version 9", Assert.Throws<InvalidDataException>(() => EncoderHeads.Load(path)).Message);

        var missing = top.Deltas.Where(p => !p.Key.EndsWith("output.LayerNorm.bias", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value);
        Assert.Contains("lack", Assert.Throws<InvalidDataException>(() => new TunedEncoderTop(1, missing)).Message);
        var extra = new Dictionary<string, OnnxTensor>(top.Deltas) { ["encoder.layer.4.output.dense.bias"] = top.Deltas["encoder.layer.5.output.dense.bias"] };
        Assert.Contains("encoder.layer.4.output.dense.bias", Assert.Throws<InvalidDataException>(() => new TunedEncoderTop(1, extra)).Message);
        var infinite = new Dictionary<string, OnnxTensor>(top.Deltas) { ["encoder.layer.5.output.dense.bias"] = top.Deltas["encoder.layer.5.output.dense.bias"] with { Data = [.. top.Deltas["encoder.layer.5.output.dense.bias"].Data.Select((v, i) => i == 3 ? float.NaN : v)] } };
        Assert.Contains("not finite", Assert.Throws<InvalidDataException>(() => new TunedEncoderTop(1, infinite)).Message);
        const string feedForward = "encoder.layer.5.intermediate.dense.weight"; // [1536, 384] in HuggingFace's layout
        var transposed = new Dictionary<string, OnnxTensor>(top.Deltas) { [feedForward] = top.Deltas[feedForward] with { Shape = [384, 1536] } };
        Assert.Contains("shape [384,1536]", Assert.Throws<InvalidDataException>(() => OnnxTunedTop.Build(fixture.Model, new TunedEncoderTop(1, transposed))).Message);
    }

    /// <summary>
    /// A heads file through both runtimes of the encoder (ONNX Runtime: the CPU path; TorchSharp:
    /// the GPU job's code, here in fp32 on the CPU) decide the same: relevance within 0.1 of 10, the
    /// same ad verdicts and content types, the same top 20. Comparing texts uses the pretrained embedding.
    /// </summary>
    /// <remarks>
    /// Both recipes: the shipped heads read the pretrained encoder as it is (v5), and the fine-tuned recipe's heads
    /// (v4, kept as a fixture: `train-heads --tune-top-layers 2` still writes such files) read it through their own
    /// tuned top layers, which both runtimes must add the same way.
    /// </remarks>
    [Theory]
    [InlineData("batch-gpu/model/minilm-heads.nceh", false)]
    [InlineData("tests/fixtures/models/minilm-heads-v4-tuned.nceh", true)]
    public void HeadsFiles_ShouldDecideTheSameOnOnnxRuntimeAndTorchSharp(string path, bool tuned)
    {
        var heads = EncoderHeads.Load(Repo.Path(path.Split('/')));
        Assert.Equal(tuned, heads.Top is not null);
        var articles = LabeledItems.Load(Repo.Path("tests", "fixtures", "data")).Take(80).Select(i => i.Article).ToList();
        using var onnx = new EncoderScorer(heads, new OnnxSentenceEncoder(heads.EncoderGraph(fixture.Assets)), fixture.Tokenizer, new ProfileConfig());
        using var torchScorer = new EncoderScorer(heads, TorchSentenceEncoder.ForHeads(heads, fixture.Assets, batchSize: 16), fixture.Tokenizer, new ProfileConfig());
        var (x, y) = (onnx.Score(articles), torchScorer.Score(articles));
        var worst = x.Zip(y).Max(p => Math.Abs(p.First.TechRelevanceScore - p.Second.TechRelevanceScore));
        Assert.True(worst <= 0.1, $"relevance differs by up to {worst:0.000} of 10");
        Assert.Equal(x.Select(s => s.IsAdvertisement), y.Select(s => s.IsAdvertisement));
        Assert.Equal(x.Select(s => s.ContentType), y.Select(s => s.ContentType));
        Assert.Equal(Evaluator.TopPicks(x, 20).Select(v => v.Id), Evaluator.TopPicks(y, 20).Select(v => v.Id));

        var bodies = articles.Select(a => heads.Header.Text.Inputs(fixture.Tokenizer, a).Body).ToList();
        Assert.All(fixture.Onnx.Encode(bodies).Zip(x), p => Assert.True(MaxDifference(p.First, p.Second.Embedding!) < 1e-6, "the embedding that travels on is not the pretrained one"));
    }

    /// <summary>The training path end to end on a few items: fine-tune, take the deltas, and the product's ONNX encoder gives the trained network's embeddings.</summary>
    [Fact]
    public void FineTuning_ShouldGiveDeltasThatTheOnnxEncoderReproduces()
    {
        var items = LabeledItems.Load(Repo.Path("tests", "fixtures", "data")).Take(24).ToList();
        var options = new FineTuneOptions { TopLayers = [1], Epochs = 1, BatchSize = 8, Text = new EncoderText(TitleTokens: 16, BodyTokens: 48) };
        var (top, trained) = FineTuneExperiment.FitTop(items, fixture.Model, fixture.Tokenizer, 1, options, TextWriter.Null);
        Assert.Equal(1, top.Layers);
        Assert.Contains(top.Deltas.Values, d => d.Data.Any(v => v != 0)); // the layer moved
        var stored = top.RoundedAsStored();
        using var onnx = new OnnxSentenceEncoder(OnnxTunedTop.Build(fixture.Model, stored));
        var bodies = onnx.Embed(items.Select(i => options.Text.Inputs(fixture.Tokenizer, i.Article).Body).ToList());
        var cosines = items.Select((item, i) => SentencePooling.Cosine(bodies[i].Scoring, trained[item.Article.Id].AsSpan(384))).ToList();
        Assert.True(cosines.Min() > 0.9999, $"ONNX with the stored deltas against the trained network: min cosine {cosines.Min():0.000000}");
    }

    [Fact]
    public void HeadsOnAnotherEncoder_ShouldBeRefusedNamingTheFix()
    {
        var weights = HeadsTrainer.Train(EncoderHeadsTests.SyntheticItems(30, 2), new HeadsTrainOptions { Shape = new HeadsShape(Hidden: 4), Epochs = 1 });
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "other.nceh");
        HeadsFile.Save(path, weights, null, Header(weights) with { BaseModelSha256 = new string('0', 64) });
        var error = Assert.Throws<InvalidDataException>(() => EncoderHeads.Load(path).EncoderGraph(fixture.Assets));
        Assert.Contains("train-heads", error.Message);
    }

    private List<EncoderInput> Inputs(int count) => EncoderFixture.FixtureTexts(count).Select(t => fixture.Tokenizer.Encode(t, 96)).ToList();

    /// <summary>Seeded Gaussian changes to the top layers, <paramref name="scale"/> times each parameter's own spread.</summary>
    private TunedEncoderTop Deltas(int layers, double scale, int seed)
    {
        var parameters = MiniLmWeights.MapToHuggingFaceNames(OnnxGraph.Read(fixture.Model));
        var random = new Random(seed);
        var names = Enumerable.Range(MiniLmParameters.EncoderLayers - layers, layers).SelectMany(MiniLmParameters.Layer);
        return new TunedEncoderTop(layers, names.ToDictionary(n => n, n =>
        {
            var p = parameters[n];
            var spread = Math.Sqrt(p.Data.Average(v => (double)v * v));
            var data = p.Data.Select(_ => (float)(scale * spread * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))).ToArray();
            return new OnnxTensor(n, p.Shape, data);
        }, StringComparer.Ordinal));
    }

    /// <summary>Nodes from one layer's output to the next: at most what each tuned layer copies (constants stay shared).</summary>
    private static int LayerSpan(byte[] model)
    {
        var nodes = OnnxGraph.Read(model).Nodes;
        int IndexReading(string weight) => nodes.FindIndex(n => n.Inputs.Contains(weight));
        var l4 = IndexReading("encoder.layer.4.output.LayerNorm.bias");
        var l5 = IndexReading("encoder.layer.5.output.LayerNorm.bias");
        return l5 - l4;
    }

    private static double MaxDifference(float[] a, float[] b) => a.Zip(b).Max(p => Math.Abs(p.First - p.Second));

    private static EncoderHeadsHeader Header(HeadsWeights weights) => new()
    {
        ModelVersion = "test", BaseModelSha256 = "x", Text = new EncoderText(), Shape = weights.Shape,
        ContentTypes = ContentTypes.All, AdCalibration = new AdCalibration(),
    };
}
