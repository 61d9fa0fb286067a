using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Scoring.Batch;
using NewsCurator.Scoring.Model;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// One score-line format (ScoreLines) on both sides: what the batch `score` command writes, the
/// pipeline reads as a run's scores, and what the pipeline's ScoringJob writes is the same text.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ScoreLineTests : IDisposable
{
    private static readonly string ShippedModel = Repo.Path("batch-gpu", "model", "scorer.ncsm");
    private readonly TempDir _dir = new();
    private readonly RunPaths _paths = new("lines");

    /// <summary>A run's candidates.jsonl, written as Filter writes it (labelled items from unseen-to-the-test feeds).</summary>
    private async Task<(FileBlobStore Blobs, List<Article> Candidates)> CandidatesAsync(int count)
    {
        var blobs = new FileBlobStore(_dir.Path);
        var candidates = LabeledItems.Load(Repo.Path("tests", "fixtures", "data")).Take(count).Select(i => i.Article).ToList();
        await blobs.WriteJsonLinesAsync(_paths.Candidates, candidates);
        return (blobs, candidates);
    }

    private RunContext Context => new() { RunId = "lines", Prefix = _paths.Prefix, ConfigDigest = "test", StartedAt = DateTimeOffset.UnixEpoch };

    [Fact]
    public async Task ScoreCommand_OnARunsCandidates_ShouldWriteScoresThePipelineReads()
    {
        var (blobs, candidates) = await CandidatesAsync(40);

        var exit = Commands.Score(Path.Combine(_dir.Path, _paths.Candidates), Path.Combine(_dir.Path, _paths.Scores), ShippedModel, "cpu", 16,
            half: false, embeddings: true, new StringWriter());

        Assert.Equal(0, exit);
        var read = new List<ArticleScore>();
        await foreach (var score in RunScores.StreamAsync<ArticleScore>(blobs, Context)) read.Add(score);
        Assert.Equal(candidates.Select(c => c.Id), read.Select(s => s.Id));
        using var scorer = NeuralScorer.Load(ShippedModel);
        var direct = scorer.Score(candidates);
        for (var i = 0; i < read.Count; i++)
        {
            Assert.Equal(direct[i].TechRelevanceScore, read[i].TechRelevanceScore);
            Assert.Equal(direct[i].QualityScore, read[i].QualityScore);
            Assert.Equal(direct[i].AdProbability, read[i].AdProbability);
            Assert.Equal(ContentTypeCues.Apply(candidates[i], direct[i]).ContentType, read[i].ContentType);
            Assert.Equal(scorer.Name, read[i].Scorer);
            Assert.Equal(direct[i].Embedding, read[i].Embedding);
        }
    }

    [Fact]
    public async Task PipelineScoringJob_AndScoreCommand_ShouldWriteTheSameLines()
    {
        var (blobs, _) = await CandidatesAsync(40);
        using var scorer = NeuralScorer.Load(ShippedModel);
        await new ScoringJob(scorer).RunAsync(blobs, _paths.Candidates, blobs, _paths.Scores);
        var commandOutput = Path.Combine(_dir.Path, "command-scores.jsonl");

        Assert.Equal(0, Commands.Score(Path.Combine(_dir.Path, _paths.Candidates), commandOutput, ShippedModel, "cpu", 16,
            half: false, embeddings: true, new StringWriter()));

        var pipelineLines = File.ReadAllLines(Path.Combine(_dir.Path, _paths.Scores));
        Assert.Equal(pipelineLines, File.ReadAllLines(commandOutput));
        // And each reads back through the one parser with nothing lost.
        Assert.All(pipelineLines, line => Assert.Equal(line, ScoreLines.Format(ScoreLines.Parse(line))));
    }

    [Fact]
    public void Format_ShouldUseThePipelinesCamelCaseNames_AndRoundTripEveryField()
    {
        var score = new ArticleScore
        {
            Id = "a1", TechRelevanceScore = 7.25, QualityScore = 6.5, AdProbability = 0.0125, IsAdvertisement = false,
            ContentType = ContentTypes.Research, Scorer = "minilm-v1", Reasons = ["mentions 'LLM'"], Embedding = [0.5f, -0.25f],
            Profile = new Dictionary<string, double> { ["AI & Machine Learning"] = 0.41 },
            Topics = new Dictionary<string, double> { ["Large language models"] = 0.52 },
        };

        var line = ScoreLines.Format(score);

        using var doc = JsonDocument.Parse(line);
        Assert.Equal(["id", "techRelevanceScore", "qualityScore", "adProbability", "isAdvertisement", "contentType", "scorer", "reasons", "embedding", "profile", "topics"],
            doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain('\n', line);
        var back = ScoreLines.Parse(line);
        Assert.Equal(line, ScoreLines.Format(back));
        Assert.Equal(score.Embedding, back.Embedding);
        Assert.Equal(0.41, back.Profile!["AI & Machine Learning"]);
    }

    [Fact]
    public void ScoreCommand_WithTheOldSnakeCaseFieldNames_ShouldSkipTheLineNamingTheNewName()
    {
        var input = _dir.File("old.jsonl", string.Join("\n",
            JsonSerializer.Serialize(new { id = "old", title = "New open source LLM runs on one GPU", text = Feeds.AiBody, feed_title = "AI" }),
            JsonSerializer.Serialize(new { id = "new", title = "New open source LLM runs on one GPU", text = Feeds.AiBody, feedTitle = "AI" })));
        var output = Path.Combine(_dir.Path, "scores.jsonl");
        var log = new StringWriter();

        Assert.Equal(3, Commands.Score(input, output, ShippedModel, "cpu", 16, half: false, embeddings: false, log));

        Assert.Contains("line 1: field 'feed_title' is now 'feedTitle'", log.ToString());
        var line = Assert.Single(File.ReadAllLines(output));
        Assert.Equal("new", ScoreLines.Parse(line).Id);
        Assert.DoesNotContain("embedding", line);
    }

    public void Dispose() => _dir.Dispose();
}
