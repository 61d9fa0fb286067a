using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Select;
using NewsCurator.Storage;

namespace NewsCurator.Export;

/// <summary>
/// Everything a finished run produced, gathered from the blob store and joined: each item with
/// its one final decision, the feed funnel, the newsletter. The single source for rows and files.
/// </summary>
public sealed record RunRecord(
    IReadOnlyList<ArticleRow> Articles,
    IReadOnlyList<FeedStatisticsRow> Feeds,
    NewsletterRow? Newsletter,
    IReadOnlyList<Decision> Decisions,
    string? ScoringModel)
{
    /// <summary>What the optional LLM cost this run (zero when it is off).</summary>
    public Enhance.Llm.LlmTotals Llm { get; init; } = Enhance.Llm.LlmTotals.None;

    /// <summary>
    /// The run as rows. Rows are stamped created_at with the run's start, which re-runs keep, so a
    /// re-export writes the same rows and files.
    /// </summary>
    public static async Task<RunRecord> LoadAsync(IBlobStore blobs, RunContext context, CancellationToken ct)
    {
        var paths = new RunPaths(context.RunId);
        var (raw, outcomes) = await RawShards.LoadAsync(blobs, paths, ct);
        // Only what the rows take from Filter and Score: never a candidate's text twice, never an embedding.
        var candidates = new Dictionary<string, CandidateFacts>(StringComparer.Ordinal);
        await foreach (var c in blobs.StreamJsonLinesAsync<CandidateFacts>(paths.Candidates, ct)) candidates[c.Id] = c;
        var scores = new Dictionary<string, ScoreFacts>(StringComparer.Ordinal);
        await foreach (var s in Scoring.RunScores.StreamAsync<ScoreFacts>(blobs, context, ct)) scores[s.Id] = s;
        var enhanced = new Dictionary<string, EnhancedArticle>();
        foreach (var id in context.Selected)
            enhanced[id] = await blobs.ReadRequiredJsonAsync<EnhancedArticle>(paths.Enhanced(id), ct);

        var decisions = (await blobs.ReadJsonLinesAsync<Decision>(paths.FilterDecisions, ct)).Concat(await blobs.ReadJsonLinesAsync<Decision>(paths.SelectDecisions, ct))
            .GroupBy(d => d.ArticleId).ToDictionary(g => g.Key, g => g.First());
        var final = raw.Select(a => decisions.TryGetValue(a.Id, out var d) ? WithSummaryNote(d, enhanced.GetValueOrDefault(a.Id)) : Missing(a.Id)).ToList();

        var createdAt = context.StartedAt.ToString("O");
        var rows = raw.Zip(final, (a, d) => ToRow(context.RunId, candidates.TryGetValue(a.Id, out var c) ? a with { CanonicalUrl = c.CanonicalUrl, Language = c.Language } : a,
            scores.GetValueOrDefault(a.Id),
            d, enhanced.GetValueOrDefault(a.Id), createdAt)).ToList();
        var feeds = FeedRows(context.RunId, outcomes, rows, createdAt);
        // The scorer that ranked most candidates ("neural-<version>" or the rules); null when nothing was scored.
        var model = scores.Values.GroupBy(s => s.Scorer).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault(k => k.Length > 0);

        NewsletterRow? newsletter = null;
        if (await blobs.ReadJsonAsync<NewsletterMeta>(paths.NewsletterMeta, ct) is { } meta)
        {
            newsletter = new NewsletterRow
            {
                Id = RowIds.Newsletter(meta.NewsletterId),
                PipelineRunId = RowIds.Run(context.RunId),
                NewsletterId = meta.NewsletterId,
                RunId = context.RunId,
                SubjectLine = meta.Subject,
                SubjectVariant = meta.SubjectVariant,
                SubjectInformative = meta.SubjectLines?.FirstOrDefault(s => s.Variant == SubjectLines.Informative)?.Text,
                SubjectEngaging = meta.SubjectLines?.FirstOrDefault(s => s.Variant == SubjectLines.Engaging)?.Text,
                ArticleCount = meta.ArticleCount,
                ArticleIds = new UuidList([.. rows.Where(r => r.Decision == Outcomes.Selected).OrderBy(r => r.Rank).Select(r => r.Id)]),
                HtmlKey = meta.HtmlKey,
                TextKey = meta.TextKey,
                HtmlContent = System.Text.Encoding.UTF8.GetString(await blobs.ReadAsync(meta.HtmlKey, ct) ?? []),
                TextContent = System.Text.Encoding.UTF8.GetString(await blobs.ReadAsync(meta.TextKey, ct) ?? []),
                GeneratedAt = meta.CreatedAt.ToString("O"),
            };
        }
        return new RunRecord(rows, feeds, newsletter, final, model) { Llm = await Enhance.Llm.LlmTotals.LoadAsync(blobs, context.RunId, ct) };
    }

    /// <summary>What Filter added to a candidate that the row keeps.</summary>
    private sealed record CandidateFacts(string Id, string? CanonicalUrl, string? Language);

    /// <summary>The columns a row takes from a score (the scores file also carries embeddings, not read here).</summary>
    private sealed record ScoreFacts(string Id, double TechRelevanceScore, double QualityScore, double AdProbability, bool IsAdvertisement,
        string ContentType, string Scorer);

    /// <summary>A selected item whose summary is a stand-in says so in its decision, where an editor looks for why.</summary>
    private static Decision WithSummaryNote(Decision d, EnhancedArticle? e)
        => e?.SummaryNote is { } note ? d with { Reason = $"{d.Reason.TrimEnd('.')}; {note}." } : d;

    /// <summary>An item with no decision is a pipeline bug; record it loudly rather than lose the row.</summary>
    private static Decision Missing(string id) => new()
    {
        ArticleId = id, Stage = Stages.Export, Outcome = Outcomes.Dropped, Rule = "no_decision",
        Reason = "no stage recorded a decision for this item (pipeline bug: please report)",
    };

    private static ArticleRow ToRow(string runId, Article a, ScoreFacts? s, Decision d, EnhancedArticle? e, string createdAt) => new()
    {
        Id = RowIds.Article(runId, a.Id),
        PipelineRunId = RowIds.Run(runId),
        RunId = runId,
        ArticleId = a.Id,
        FeedUrl = a.FeedUrl,
        FeedName = a.FeedTitle,
        Title = a.Title,
        Content = ArticleText.Cap(a.Text),
        ContentLength = a.Text.Length,
        Url = a.Link,
        CanonicalUrl = a.CanonicalUrl,
        Author = a.Author,
        PublishedDate = a.Published?.ToUniversalTime().ToString("O"),
        Language = a.Language,
        WordCount = a.WordCount,
        ContentType = s?.ContentType,
        TechRelevanceScore = s is null ? null : Math.Round(s.TechRelevanceScore, 2),
        QualityScore = s is null ? null : Math.Round(s.QualityScore, 2),
        AdProbability = s?.AdProbability,
        IsAdvertisement = s?.IsAdvertisement,
        Decision = d.Outcome == Outcomes.Selected ? Outcomes.Selected : Outcomes.Dropped,
        DecisionStage = d.Stage,
        DecisionRule = d.Rule,
        DecisionReason = d.Reason,
        DuplicateOf = d.DuplicateOf,
        Rank = d.Rank,
        Summary = e?.Summary,
        Topics = e?.Topics,
        Preview = e?.Preview,
        ReadingTimeMinutes = e?.ReadingTimeMinutes,
        CreatedAt = createdAt,
    };

    /// <summary>The funnel per feed: total, then how many survived each stage.</summary>
    private static List<FeedStatisticsRow> FeedRows(string runId, List<FeedOutcome> outcomes, List<ArticleRow> rows, string createdAt)
    {
        var byFeed = rows.GroupBy(r => r.FeedUrl).ToDictionary(g => g.Key, g => g.ToList());
        return outcomes.DistinctBy(o => o.FeedUrl).Select(o =>
        {
            var items = byFeed.GetValueOrDefault(o.FeedUrl) ?? [];
            bool Passed(ArticleRow r, params string[] laterRules) => r.Decision == Outcomes.Selected || r.DecisionStage != Stages.Filter
                || laterRules.Contains(r.DecisionRule);
            var afterContent = items.Count(r => Passed(r, "ad_pattern"));
            var afterAds = items.Count(r => Passed(r));
            var afterScoring = items.Count(r => r.Decision == Outcomes.Selected || r.DecisionStage == Stages.Select);
            return new FeedStatisticsRow
            {
                Id = RowIds.FeedStatistics(runId, o.FeedUrl),
                PipelineRunId = RowIds.Run(runId),
                RunId = runId,
                FeedUrl = o.FeedUrl,
                FeedName = o.FeedTitle ?? o.FeedUrl,
                Status = o.Status,
                Error = o.Error,
                HttpStatus = o.HttpStatus,
                LatencyMs = o.LatencyMs,
                TotalArticles = items.Count,
                PassedContentFilter = afterContent,
                PassedAdDetection = afterAds,
                PassedQualityScoring = afterScoring,
                FinalArticles = items.Count(r => r.Decision == Outcomes.Selected),
                ProcessingTimeSeconds = o.ProcessingMs is { } ms ? Math.Round(ms / 1000.0, 2) : null,
                MovedTo = o.MovedTo,
                CreatedAt = createdAt,
            };
        }).ToList();
    }
}
