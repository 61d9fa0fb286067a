using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Scoring;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// The `score` contract: JSON lines in, the pipeline's candidate lines (at least id, title, text;
/// feedUrl, feedTitle and link optional, so a run's candidates.jsonl scores as it is), and one
/// score line out per good input id, in the pipeline's own format (<see cref="ScoreLines"/>: what
/// Select and Export read from scores.jsonl). Bad lines are reported with their number and
/// skipped; the output file appears whole (temp file + rename) or not at all.
/// </summary>
public static class ScoreFile
{
    public sealed record Result(int Scored, int Skipped, double Seconds);

    /// <summary>The names this command read before it read the candidate line; a line that still uses one is refused with the new name.</summary>
    private static readonly (string Old, string New)[] RenamedFields = [("feed_url", "feedUrl"), ("feed_title", "feedTitle")];

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
        // What the titles and texts say of the kind of article, as the pipeline's scoring job reads them (ScoringJob): one format, one meaning.
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        ScoreLines.WriteFile(outputPath, scored.Select(s => ContentTypeCues.Apply(byId[s.Score.Id], s.Score) with { Embedding = s.Embedding }));
        return new Result(scored.Count, skipped, clock.Elapsed.TotalSeconds);
    }

    private static (Article? Article, string Problem) ParseLine(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "not a JSON object");
            foreach (var (oldName, newName) in RenamedFields)
                if (root.TryGetProperty(oldName, out _)) return (null, $"field '{oldName}' is now '{newName}' (the pipeline's candidate line)");
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = Str("id");
            var title = Str("title");
            var text = Str("text");
            if (string.IsNullOrEmpty(id)) return (null, "missing string field 'id'");
            if (title is null) return (null, "missing string field 'title'");
            if (text is null) return (null, "missing string field 'text'");
            return (new Article { Id = id, FeedUrl = Str("feedUrl") ?? "", FeedTitle = Str("feedTitle"), Title = title, Text = text, Link = Str("link") }, "");
        }
        catch (JsonException ex)
        {
            return (null, $"not valid JSON ({ex.Message})");
        }
    }
}
