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
    IReadOnlyList<Decision> Decisions)
{
    /// <summary>What the optional LLM cost this run (zero when it is off).</summary>
    public Enhance.Llm.LlmTotals Llm { get; init; } = Enhance.Llm.LlmTotals.None;

    public static async Task<RunRecord> LoadAsync(IBlobStore blobs, RunContext context, CancellationToken ct)
    {
        var paths = new RunPaths(context.RunId);
        var (raw, outcomes) = await RawShards.LoadAsync(blobs, paths, ct);
        var candidates = (await blobs.ReadJsonLinesAsync<Article>(paths.Candidates, ct)).ToDictionary(a => a.Id);
        var scores = (await blobs.ReadJsonLinesAsync<ArticleScore>(paths.Scores, ct)).ToDictionary(s => s.Id);
        var selection = await blobs.ReadRequiredJsonAsync<SelectionFile>(paths.Selected, ct);
        var enhanced = new Dictionary<string, EnhancedArticle>();
        foreach (var id in context.Selected)
            enhanced[id] = await blobs.ReadRequiredJsonAsync<EnhancedArticle>(paths.Enhanced(id), ct);

        var decisions = (await blobs.ReadJsonLinesAsync<Decision>(paths.FilterDecisions, ct)).Concat(selection.Decisions)
            .GroupBy(d => d.ArticleId).ToDictionary(g => g.Key, g => g.First());
        var final = raw.Select(a => decisions.TryGetValue(a.Id, out var d) ? WithSummaryNote(d, enhanced.GetValueOrDefault(a.Id)) : Missing(a.Id)).ToList();

        var rows = raw.Zip(final, (a, d) => ToRow(context.RunId, candidates.GetValueOrDefault(a.Id) ?? a, scores.GetValueOrDefault(a.Id),
            d, enhanced.GetValueOrDefault(a.Id))).ToList();
        var feeds = FeedRows(context.RunId, outcomes, rows);

        NewsletterRow? newsletter = null;
        if (await blobs.ReadJsonAsync<NewsletterMeta>(paths.NewsletterMeta, ct) is { } meta)
        {
            newsletter = new NewsletterRow
            {
                NewsletterId = meta.NewsletterId,
                RunId = context.RunId,
                Subject = meta.Subject,
                SubjectVariant = meta.SubjectVariant,
                SubjectInformative = meta.SubjectLines?.FirstOrDefault(s => s.Variant == SubjectLines.Informative)?.Text,
                SubjectEngaging = meta.SubjectLines?.FirstOrDefault(s => s.Variant == SubjectLines.Engaging)?.Text,
                ArticleCount = meta.ArticleCount,
                HtmlKey = meta.HtmlKey,
                TextKey = meta.TextKey,
                HtmlContent = System.Text.Encoding.UTF8.GetString(await blobs.ReadAsync(meta.HtmlKey, ct) ?? []),
                TextContent = System.Text.Encoding.UTF8.GetString(await blobs.ReadAsync(meta.TextKey, ct) ?? []),
                CreatedAt = meta.CreatedAt.ToString("O"),
            };
        }
        return new RunRecord(rows, feeds, newsletter, final) { Llm = await Enhance.Llm.LlmTotals.LoadAsync(blobs, context.RunId, ct) };
    }

    /// <summary>A selected item whose summary is a stand-in says so in its decision, where an editor looks for why.</summary>
    private static Decision WithSummaryNote(Decision d, EnhancedArticle? e)
        => e?.SummaryNote is { } note ? d with { Reason = $"{d.Reason.TrimEnd('.')}; {note}." } : d;

    /// <summary>An item with no decision is a pipeline bug; record it loudly rather than lose the row.</summary>
    private static Decision Missing(string id) => new()
    {
        ArticleId = id, Stage = Stages.Export, Outcome = Outcomes.Dropped, Rule = "no_decision",
        Reason = "no stage recorded a decision for this item (pipeline bug: please report)",
    };

    private static ArticleRow ToRow(string runId, Article a, ArticleScore? s, Decision d, EnhancedArticle? e) => new()
    {
        RunId = runId,
        ArticleId = a.Id,
        FeedUrl = a.FeedUrl,
        FeedTitle = a.FeedTitle,
        Title = a.Title,
        Url = a.Link,
        CanonicalUrl = a.CanonicalUrl,
        Author = a.Author,
        PublishedAt = a.Published?.ToString("O"),
        Language = a.Language,
        WordCount = a.WordCount,
        ContentType = s?.ContentType,
        TechRelevanceScore = s?.TechRelevanceScore,
        QualityScore = s?.QualityScore,
        AdProbability = s?.AdProbability,
        IsAdvertisement = s is null ? null : s.IsAdvertisement ? 1 : 0,
        Decision = d.Outcome == Outcomes.Selected ? Outcomes.Selected : Outcomes.Dropped,
        DecisionStage = d.Stage,
        DecisionRule = d.Rule,
        DecisionReason = d.Reason,
        DuplicateOf = d.DuplicateOf,
        Rank = d.Rank,
        Summary = e?.Summary,
        Topics = e is null ? null : JsonSerializer.Serialize(e.Topics, Json.Options),
        Preview = e?.Preview,
        ReadingTimeMinutes = e?.ReadingTimeMinutes,
    };

    /// <summary>The funnel per feed: total, then how many survived each stage.</summary>
    private static List<FeedStatisticsRow> FeedRows(string runId, List<FeedOutcome> outcomes, List<ArticleRow> rows)
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
                RunId = runId,
                FeedUrl = o.FeedUrl,
                FeedTitle = o.FeedTitle,
                Status = o.Status,
                Error = o.Error,
                HttpStatus = o.HttpStatus,
                LatencyMs = o.LatencyMs,
                TotalItems = items.Count,
                PassedContentFilter = afterContent,
                PassedAdDetection = afterAds,
                PassedScoring = afterScoring,
                FinalSelected = items.Count(r => r.Decision == Outcomes.Selected),
                MovedTo = o.MovedTo,
            };
        }).ToList();
    }
}
