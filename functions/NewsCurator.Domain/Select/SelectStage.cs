using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Select;

public sealed record SelectedArticle(string Id, int Rank, double RankScore, string Reason);

/// <summary>
/// From scores to the newsletter's list: thresholds first, then rank by a weighted score, then
/// walk the ranking keeping per-feed caps and story diversity until max_articles are chosen.
/// Every candidate leaves with a decision that says why it is in or out.
/// </summary>
public sealed class SelectStage(PipelineServices services)
{
    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        var candidates = (await services.Blobs.ReadJsonLinesAsync<Article>(paths.Candidates, ct)).ToDictionary(a => a.Id);
        var scores = await services.Blobs.ReadJsonLinesAsync<ArticleScore>(paths.Scores, ct);
        var (selected, decisions, passedScoring) = Choose(candidates, scores, config);

        await services.Blobs.WriteJsonAsync(paths.Selected, new SelectionFile(selected, decisions), ct);
        return context with
        {
            Selected = selected.Select(s => s.Id).ToList(),
            Counts = context.Counts with { AfterScoring = passedScoring, Selected = selected.Count },
        };
    }

    public static (List<SelectedArticle> Selected, List<Decision> Decisions, int PassedScoring) Choose(
        IReadOnlyDictionary<string, Article> candidates, IReadOnlyList<ArticleScore> scores, PipelineConfig config)
    {
        var s = config.Scoring;
        var decisions = new List<Decision>();
        var eligible = new List<(ArticleScore Score, double RankScore)>();
        foreach (var score in scores)
        {
            var reason = score switch
            {
                _ when score.IsAdvertisement || score.AdProbability >= s.MaxAdProbability =>
                    ("ad_score", $"ad probability {score.AdProbability:0.00} is at or above scoring.max_ad_probability {s.MaxAdProbability:0.00}"),
                _ when score.TechRelevanceScore < s.MinRelevance =>
                    ("min_relevance", $"relevance {score.TechRelevanceScore:0.0} is below scoring.min_relevance {s.MinRelevance:0.0}"),
                _ when score.QualityScore < s.MinQuality =>
                    ("min_quality", $"quality {score.QualityScore:0.0} is below scoring.min_quality {s.MinQuality:0.0}"),
                _ => ((string, string)?)null,
            };
            if (reason is { } r) decisions.Add(Drop(score.Id, Stages.Score, r.Item1, r.Item2));
            else
            {
                var priority = candidates.TryGetValue(score.Id, out var a) ? a.FeedPriority : 0;
                var rankScore = config.Select.RelevanceWeight * score.TechRelevanceScore
                                + (1 - config.Select.RelevanceWeight) * score.QualityScore + config.Select.PriorityWeight * priority
                                + ProfileContribution(score, config.Profile).Points;
                eligible.Add((score, rankScore));
            }
        }

        var perFeed = new Dictionary<string, int>(StringComparer.Ordinal);
        var chosenTitles = new List<(string Id, HashSet<string> Words, float[]? Embedding)>();
        var selected = new List<SelectedArticle>();
        var position = 0;
        foreach (var (score, rankScore) in eligible.OrderByDescending(e => e.RankScore).ThenBy(e => e.Score.Id, StringComparer.Ordinal))
        {
            position++;
            var article = candidates[score.Id];
            if (selected.Count >= config.Select.MaxArticles)
            {
                decisions.Add(Drop(score.Id, Stages.Select, "below_cut", $"ranked {position} of {eligible.Count} (score {rankScore:0.00}); only select.max_articles {config.Select.MaxArticles} are chosen"));
                continue;
            }
            var fromFeed = perFeed.GetValueOrDefault(article.FeedUrl);
            if (fromFeed >= config.Select.PerFeedCap)
            {
                decisions.Add(Drop(score.Id, Stages.Select, "feed_cap", $"{fromFeed} stories already chosen from '{article.FeedTitle ?? article.FeedUrl}' (select.per_feed_cap {config.Select.PerFeedCap})"));
                continue;
            }
            var titleWords = TitleWords(article.Title);
            // Same story: near-identical titles, or (with a model) near-identical embeddings of title and text.
            var similar = chosenTitles.FirstOrDefault(c => Jaccard(c.Words, titleWords) >= config.Select.MaxTitleSimilarity
                                                           || Cosine(c.Embedding, score.Embedding) >= config.Select.MaxEmbeddingSimilarity);
            if (similar.Id is not null)
            {
                decisions.Add(Drop(score.Id, Stages.Select, "same_story", $"covers the same story as selected {similar.Id}") with { DuplicateOf = similar.Id });
                continue;
            }
            perFeed[article.FeedUrl] = fromFeed + 1;
            chosenTitles.Add((score.Id, titleWords, score.Embedding));
            var rank = selected.Count + 1;
            var profile = ProfileContribution(score, config.Profile);
            var why = $"rank {rank}: relevance {score.TechRelevanceScore:0.0}, quality {score.QualityScore:0.0}"
                      + (profile.Interest is null ? "" : $", profile '{profile.Interest}' (cosine {profile.Similarity:0.00}) +{profile.Points:0.00}")
                      + $", score {rankScore:0.00}";
            selected.Add(new SelectedArticle(score.Id, rank, Math.Round(rankScore, 3), why));
            decisions.Add(new Decision { ArticleId = score.Id, Stage = Stages.Select, Outcome = Outcomes.Selected, Rule = "top_n", Reason = why, Rank = rank });
        }
        return (selected, decisions, eligible.Count);
    }

    /// <summary>
    /// What the editorial profile adds to an article's rank: rank_weight x the best weight x cosine over
    /// the interests (negative cosines add nothing), and which interest gave it.
    /// </summary>
    public static (string? Interest, double Similarity, double Points) ProfileContribution(ArticleScore score, ProfileConfig profile)
    {
        if (score.Profile is null || profile.Interests.Count == 0) return (null, 0, 0);
        (string? Interest, double Similarity, double Points) best = (null, 0, 0);
        foreach (var interest in profile.Interests)
        {
            if (!score.Profile.TryGetValue(interest.Name, out var similarity)) continue;
            var points = profile.RankWeight * interest.Weight * Math.Max(0, similarity);
            if (best.Interest is null || points > best.Points) best = (interest.Name, similarity, Math.Round(points, 3));
        }
        return best;
    }

    private static HashSet<string> TitleWords(string title)
        => Words.Tokenize(title).Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);

    private static double Cosine(float[]? a, float[]? b)
        => a is null || b is null || a.Length != b.Length ? 0 : Scoring.Encoder.SentencePooling.Cosine(a, b);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
        => a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / a.Union(b).Count();

    private static Decision Drop(string id, string stage, string rule, string reason)
        => new() { ArticleId = id, Stage = stage, Outcome = Outcomes.Dropped, Rule = rule, Reason = reason };
}

public sealed record SelectionFile(IReadOnlyList<SelectedArticle> Selected, IReadOnlyList<Decision> Decisions);
