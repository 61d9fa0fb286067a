using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// The `score` contract: JSON lines in (at least id, title, text; feed_title and link optional),
/// one JSON line out per good input id. Bad lines are reported with their number and skipped;
/// the output file appears whole (temp file + rename) or not at all.
/// </summary>
public static class ScoreFile
{
    public sealed record Result(int Scored, int Skipped, double Seconds);

    private sealed record OutputLine(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("tech_relevance_score")] double TechRelevanceScore,
        [property: JsonPropertyName("quality_score")] double QualityScore,
        [property: JsonPropertyName("ad_probability")] double AdProbability,
        [property: JsonPropertyName("is_advertisement")] bool IsAdvertisement,
        [property: JsonPropertyName("content_type")] string ContentType,
        [property: JsonPropertyName("embedding"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] float[]? Embedding);

    public static Result Run(string inputPath, string outputPath, NeuralScorer scorer, bool embeddings, TextWriter log, CancellationToken ct = default)
    {
        if (!File.Exists(inputPath)) throw new FileNotFoundException($"score: input '{inputPath}' does not exist");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var articles = new List<Article>();
        var skipped = 0;
        var number = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(inputPath))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (article, problem) = ParseLine(line);
            if (article is not null && !seen.Add(article.Id))
            {
                problem = $"duplicate id '{article.Id}'";
                article = null;
            }
            if (article is null)
            {
                skipped++;
                log.WriteLine($"score: {inputPath} line {number}: {problem}; skipped");
                continue;
            }
            articles.Add(article);
        }
        var scored = scorer.ScoreWithEmbeddings(articles, embeddings, ct);
        var temp = outputPath + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            foreach (var (score, embedding) in scored)
                writer.WriteLine(JsonSerializer.Serialize(new OutputLine(score.Id, score.TechRelevanceScore, score.QualityScore,
                    score.AdProbability, score.IsAdvertisement, score.ContentType, embedding)));
        File.Move(temp, outputPath, overwrite: true);
        return new Result(scored.Count, skipped, clock.Elapsed.TotalSeconds);
    }

    private static (Article? Article, string Problem) ParseLine(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "not a JSON object");
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = Str("id");
            var title = Str("title");
            var text = Str("text");
            if (string.IsNullOrEmpty(id)) return (null, "missing string field 'id'");
            if (title is null) return (null, "missing string field 'title'");
            if (text is null) return (null, "missing string field 'text'");
            return (new Article { Id = id, FeedUrl = Str("feed_url") ?? "", FeedTitle = Str("feed_title"), Title = title, Text = text, Link = Str("link") }, "");
        }
        catch (JsonException ex)
        {
            return (null, $"not valid JSON ({ex.Message})");
        }
    }
}
