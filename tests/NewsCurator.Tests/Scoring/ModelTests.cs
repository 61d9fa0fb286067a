using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Scoring.Batch;
using NewsCurator.Scoring.Model;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Tests.Support;
using TorchSharp;

namespace NewsCurator.Tests.Scoring;

/// <summary>The TorchSharp model and its managed twin, on the CPU (GPU checks run only where CUDA is present).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ModelTests
{
    private static readonly string ShippedModel = Repo.Path("batch-gpu", "model", "scorer.ncsm");
    private static readonly List<LabeledItem> Items = LabeledItems.Load(Repo.Path("tests", "fixtures", "data"));

    private static List<Article> Sample(int n) => Items.Take(n).Select(i => i.Article).ToList();

    [Fact]
    public void Training_OnASmallSubset_ShouldBeatChanceOnUnseenFeeds()
    {
        var (train, validation) = LabeledItems.SplitByFeed(Items);
        var log = new StringWriter();
        var options = new TrainOptions { Epochs = 4, Seed = 7, Shape = new ModelShape(1 << 13, 32, 32) };

        var (network, _, evaluation) = Trainer.Train(train.Take(600).ToList(), validation, options, log);
        network.Dispose();

        Assert.Contains(" 4/4: loss", log.ToString());
        Assert.True(evaluation.RelevantAuc > 0.7, $"relevance AUC {evaluation.RelevantAuc:0.000}");
        var baseRate = validation.Count(v => v.Relevance >= 2 && !v.IsAd) / (double)validation.Count;
        Assert.True(evaluation.PrecisionAt20 >= 2 * baseRate, $"p@20 {evaluation.PrecisionAt20:0.00} vs base rate {baseRate:0.00}");
        Assert.DoesNotContain(validation, v => train.Any(t => t.Feed == v.Feed));
    }

    [Fact]
    public void ModelFile_RoundTrip_ShouldGiveTheSameScoresAndRejectDamage()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "m.ncsm");
        var (network, header) = ModelFile.Load(ShippedModel);
        ModelFile.Save(path, network, header);
        using var original = NeuralScorer.Load(ShippedModel);
        using var copy = NeuralScorer.Load(path);
        var articles = Sample(50);
        Assert.Equal(original.Score(articles).Select(s => (s.TechRelevanceScore, s.QualityScore, s.AdProbability, s.ContentType)),
            copy.Score(articles).Select(s => (s.TechRelevanceScore, s.QualityScore, s.AdProbability, s.ContentType)));

        var bytes = File.ReadAllBytes(path);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        Assert.Contains("checksum mismatch", Assert.Throws<InvalidDataException>(() => ModelFile.Load(path)).Message);
    }

    [Fact]
    public void ManagedEvaluator_ShouldMatchTorchSharpOnTheSameModel()
    {
        using var torchScorer = NeuralScorer.Load(ShippedModel);
        var managed = ManagedScorer.Load(ShippedModel);
        var articles = Sample(200);
        var a = torchScorer.Score(articles);
        var b = managed.Score(articles);
        for (var i = 0; i < articles.Count; i++)
        {
            Assert.Equal(a[i].TechRelevanceScore, b[i].TechRelevanceScore, 0.02);
            Assert.Equal(a[i].QualityScore, b[i].QualityScore, 0.02);
            Assert.Equal(a[i].AdProbability, b[i].AdProbability, 0.002);
            Assert.Equal(a[i].ContentType, b[i].ContentType);
            Assert.Equal(1.0, b[i].Embedding!.Sum(x => x * x), 0.001);
        }
    }

    [Fact]
    public void ReducedPrecision_ShouldStayWithinTheStatedToleranceOfFloat32()
    {
        // The GPU path runs float16; on the CPU the same check runs bfloat16 (coarser still).
        using var full = NeuralScorer.Load(ShippedModel);
        using var reduced = NeuralScorer.Load(ShippedModel, "cpu", halfPrecision: true);
        var articles = Sample(300);
        var a = full.Score(articles);
        var b = reduced.Score(articles);
        var relevanceError = a.Zip(b).Max(p => Math.Abs(p.First.TechRelevanceScore - p.Second.TechRelevanceScore));
        var adError = a.Zip(b).Max(p => Math.Abs(p.First.AdProbability - p.Second.AdProbability));
        Assert.True(relevanceError <= 0.5, $"max relevance difference {relevanceError:0.000} (tolerance 0.5 on 0-10)");
        Assert.True(adError <= 0.05, $"max ad-probability difference {adError:0.000} (tolerance 0.05)");
    }

    [Fact]
    public void ScoreCommand_ShouldHonourTheContract_ReportingBadLinesByNumber()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", string.Join("\n",
            JsonSerializer.Serialize(new { id = "a", title = "New open source LLM runs on one GPU", text = Feeds.AiBody, feedTitle = "AI" }),
            "{not json",
            JsonSerializer.Serialize(new { id = "b", title = "Derby", text = Feeds.SportsBody }),
            JsonSerializer.Serialize(new { id = "c", text = "no title" }),
            JsonSerializer.Serialize(new { id = "a", title = "dup", text = "dup" })));
        var output = Path.Combine(dir.Path, "out.jsonl");
        var log = new StringWriter();

        var exit = Commands.Score(input, output, ShippedModel, "cpu", 64, half: false, embeddings: true, log);

        Assert.Equal(3, exit); // scored, with skipped lines
        Assert.Contains("line 2: not valid JSON", log.ToString());
        Assert.Contains("line 4: missing string field 'title'", log.ToString());
        Assert.Contains("line 5: duplicate id 'a'", log.ToString());
        var lines = File.ReadAllLines(output).Select(ScoreLines.Parse).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.Id));
        foreach (var l in lines)
        {
            Assert.InRange(l.TechRelevanceScore, 0, 10);
            Assert.InRange(l.QualityScore, 0, 10);
            Assert.InRange(l.AdProbability, 0, 1);
            Assert.Contains(l.ContentType, ContentTypes.All);
            Assert.Equal(32, l.Embedding!.Length);
        }
        Assert.True(lines[0].TechRelevanceScore > lines[1].TechRelevanceScore);
        if (!torch.cuda.is_available()) Assert.Equal(2, Commands.Score(input, output, ShippedModel, "cuda", 64, false, false, log));
    }

    [Trait(Category.Name, Category.Gpu)]
    [SkippableFact]
    public void Gpu_WhenCudaIsPresent_ShouldMatchTheCpu()
    {
        Skip.IfNot(torch.cuda.is_available(), "no CUDA device on this machine: the GPU path is checked where one is present");
        using var cpu = NeuralScorer.Load(ShippedModel);
        using var gpu = NeuralScorer.Load(ShippedModel, "cuda", halfPrecision: true);
        var articles = Sample(500);
        var maxError = cpu.Score(articles).Zip(gpu.Score(articles)).Max(p => Math.Abs(p.First.TechRelevanceScore - p.Second.TechRelevanceScore));
        Assert.True(maxError <= 0.5, $"GPU fp16 differs from CPU fp32 by {maxError:0.000}");
    }

    [Fact]
    public void AuxiliaryCorpora_ShouldLabelOnlyTheHeadsEachSourceSpeaksFor()
    {
        var extra = AuxiliaryCorpora.Load(Repo.Path("tests", "fixtures", "corpora"), 20, 1);
        var bySource = extra.GroupBy(e => e.Feed).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["corpus:arxiv", "corpus:blogs", "corpus:clickbait", "corpus:sms"], bySource.Keys.Order());
        Assert.All(bySource["corpus:arxiv"], i => Assert.Equal((3, ContentTypes.Research, false), (i.Relevance, i.ContentType, i.Heads.Quality)));
        Assert.All(bySource["corpus:sms"], i => Assert.Equal(new HeadMask(false, false, true, false), i.Heads));
        Assert.Contains(bySource["corpus:sms"], i => i.IsAd);
        Assert.All(bySource["corpus:clickbait"], i => Assert.Equal(1, i.Quality));
        Assert.All(extra, i => Assert.False(string.IsNullOrWhiteSpace(i.Article.Title)));
    }

    [Fact]
    public void TransformerExperiment_ShouldTrainAndEvaluateOnTheSameSplit()
    {
        var (train, validation) = LabeledItems.SplitByFeed(Items);
        var log = new StringWriter();
        var result = TransformerExperiment.Run(train.Take(200).ToList(), validation.Take(100).ToList(), epochs: 1, seed: 3, dim: 16, layers: 1, log);
        Assert.Equal(100, result.Items);
        Assert.Contains("items/s", log.ToString());
        Assert.InRange(result.RelevanceAccuracy, 0, 1);
    }
}
