using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Select;
using NewsCurator.Storage;

namespace NewsCurator.Export;

/// <summary>
/// Everything a finished run produced, joined into rows: each item with its one final decision, each feed with
/// its funnel, the newsletter. The join is partitioned by article id (and by feed URL) through local temporary
/// files, so memory holds one partition (<see cref="ArticlesPerPartition"/> rows, more only past
/// <see cref="SpillPartitions.MaxPartitions"/> partitions), small buffers per partition, and the selected stories,
/// never the run: every reader below streams. The single source for the export's rows and files.
/// </summary>
public sealed class RunJoin : IDisposable
{
    /// <summary>Rows per partition: bounded by the content cap, a partition is a few MB for typical items.</summary>
    public const int ArticlesPerPartition = 2_000;
    public const int FeedsPerPartition = 20_000;

    private static readonly string[] ClusterRules = ["duplicate_url", "duplicate_content", "near_duplicate", "same_story"];

    private readonly SpillPartitions<ArticleRow> _rows = null!;
    private readonly SpillPartitions<StoryCluster> _clusters = null!;
    private readonly SpillPartitions<FeedStatisticsRow> _feedsByUrl = null!;
    private readonly SpillPartitions<FeedStatisticsRow> _feedsByFinal = null!;

    private RunJoin(int articlePartitions, int feedPartitions)
    {
        // Each spill makes a folder: one that fails (a full /tmp) must not leave the others behind.
        try
        {
            _rows = new SpillPartitions<ArticleRow>(articlePartitions);
            _clusters = new SpillPartitions<StoryCluster>(articlePartitions);
            _feedsByUrl = new SpillPartitions<FeedStatisticsRow>(feedPartitions);
            _feedsByFinal = new SpillPartitions<FeedStatisticsRow>(feedPartitions);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The rows that carry a rank (the selected stories), by rank.</summary>
    public IReadOnlyList<ArticleRow> Ranked { get; private set; } = [];

    /// <summary>Counts, histograms and the selected stories' averages, for analytics.json.</summary>
    public ArticleTallies Tallies { get; } = new();

    /// <summary>How many partitions the rows were joined in (one for a small run).</summary>
    public int ArticlePartitions => _rows.Count;
    public int FeedsFailed { get; private set; }

    /// <summary>The scorer that ranked most candidates ("neural-..." or the rules); null when nothing was scored.</summary>
    public string? ScoringModel { get; private set; }

    public NewsletterRow? Newsletter { get; private set; }

    /// <summary>What the optional LLM cost this run (zero when it is off).</summary>
    public Enhance.Llm.LlmTotals Llm { get; private set; } = Enhance.Llm.LlmTotals.None;

    /// <summary>Every row, ordered by article id.</summary>
    public IEnumerable<ArticleRow> RowsById() => _rows.MergeSorted(ById);

    /// <summary>The files' order: the ranked stories by rank, then every other row by article id.</summary>
    public IEnumerable<ArticleRow> RowsInExportOrder() => Ranked.Concat(RowsById().Where(r => r.Rank is null));

    public IEnumerable<FeedStatisticsRow> FeedsByUrl() => _feedsByUrl.MergeSorted(FeedByUrl);

    /// <summary>Feeds with the most selected stories first (analytics).</summary>
    public IEnumerable<FeedStatisticsRow> FeedsByFinalArticles() => _feedsByFinal.MergeSorted(FeedByFinal);

    /// <summary>Story clusters, the largest first: each kept representative with the copies folded into it.</summary>
    public IEnumerable<StoryCluster> Clusters() => _clusters.MergeSorted(ClusterOrder);

    /// <summary>
    /// Joins the run's artifacts. Rows are stamped created_at with the run's start, which re-runs keep, so a
    /// re-export writes the same rows and files.
    /// </summary>
    public static async Task<RunJoin> BuildAsync(IBlobStore blobs, RunContext context, CancellationToken ct,
        int articlesPerPartition = ArticlesPerPartition, int feedsPerPartition = FeedsPerPartition)
    {
        var join = new RunJoin(SpillPartitions.CountFor(context.Counts.Items, articlesPerPartition),
            SpillPartitions.CountFor(context.Counts.Feeds, feedsPerPartition));
        try
        {
            await join.LoadAsync(blobs, context, ct);
            return join;
        }
        catch
        {
            join.Dispose();
            throw;
        }
    }

    private async Task LoadAsync(IBlobStore blobs, RunContext context, CancellationToken ct)
    {
        var paths = new RunPaths(context.RunId);
        using var raw = new SpillPartitions<NumberedArticle>(_rows.Count);
        using var candidates = new SpillPartitions<CandidateFacts>(_rows.Count);
        using var scores = new SpillPartitions<ScoreFacts>(_rows.Count);
        using var decisions = new SpillPartitions<Decision>(_rows.Count);
        using var outcomes = new SpillPartitions<FeedOutcome>(_feedsByUrl.Count);
        using var funnels = new SpillPartitions<FeedFunnel>(_feedsByUrl.Count);

        var ordinal = 0L;
        foreach (var key in await blobs.ListAsync(paths.RawPrefix, ct))
        {
            if (key.EndsWith(".feeds.json", StringComparison.Ordinal))
                foreach (var outcome in await blobs.ReadRequiredJsonAsync<List<FeedOutcome>>(key, ct))
                    outcomes.Append(outcomes.PartitionOf(outcome.FeedUrl), outcome);
            else if (key.EndsWith(".jsonl", StringComparison.Ordinal))
                await foreach (var item in blobs.StreamJsonLinesAsync<Article>(key, ct))
                    raw.Append(raw.PartitionOf(item.Id), new NumberedArticle(ordinal++, item));
        }
        // Only what the rows take from Filter and Score: never a candidate's text twice, never an embedding.
        await foreach (var c in blobs.StreamJsonLinesAsync<CandidateFacts>(paths.Candidates, ct)) candidates.Append(candidates.PartitionOf(c.Id), c);
        var scorers = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var s in Scoring.RunScores.StreamAsync<ScoreFacts>(blobs, context, ct))
        {
            scores.Append(scores.PartitionOf(s.Id), s);
            scorers[s.Scorer] = scorers.GetValueOrDefault(s.Scorer) + 1;
        }
        ScoringModel = scorers.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault(k => k.Length > 0);
        // Filter's decision first: where two stages decided one item, the first decision stands.
        foreach (var key in new[] { paths.FilterDecisions, paths.SelectDecisions })
            await foreach (var d in blobs.StreamJsonLinesAsync<Decision>(key, ct)) decisions.Append(decisions.PartitionOf(d.ArticleId), d);
        // A run whose Filter and Select predate the funnel files (a deploy between them and Export, or a re-export of an
        // older run) has its funnel counted from the decisions instead (FunnelOf).
        var countedByStages = await blobs.ExistsAsync(paths.FilterFunnel, ct) && await blobs.ExistsAsync(paths.SelectFunnel, ct);
        if (countedByStages)
            foreach (var key in new[] { paths.FilterFunnel, paths.SelectFunnel })
                await foreach (var f in blobs.StreamJsonLinesAsync<FeedFunnel>(key, ct)) funnels.Append(funnels.PartitionOf(f.FeedUrl), f);
        var enhanced = new Dictionary<string, EnhancedArticle>(StringComparer.Ordinal);
        foreach (var id in context.Selected)
            enhanced[id] = await blobs.ReadRequiredJsonAsync<EnhancedArticle>(paths.Enhanced(id), ct);

        var createdAt = context.StartedAt.ToString("O");
        var ranked = new List<ArticleRow>();
        using var members = new SpillPartitions<ClusterMemberOf>(_rows.Count);
        for (var p = 0; p < _rows.Count; p++)
        {
            var candidateFacts = candidates.Read(p).GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            var scoreFacts = scores.Read(p).GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            var decided = decisions.Read(p).GroupBy(d => d.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var rows = new List<ArticleRow>();
            // A feed listed in two shards (or an entry repeated in one feed) counts once: the first occurrence.
            foreach (var (itemOrdinal, item) in raw.Read(p))
            {
                if (!seen.Add(item.Id)) continue;
                var decision = decided.TryGetValue(item.Id, out var d) ? WithSummaryNote(d, enhanced.GetValueOrDefault(item.Id)) : Missing(item.Id);
                // A dropped item's language is its Filter decision's (it has no candidate); an item no stage read the
                // language of (a duplicate, dropped before detection) has it detected here as Filter would, so that
                // only text whose language is truly undetermined counts as "und" in the analytics.
                var article = candidateFacts.TryGetValue(item.Id, out var c) ? item with { CanonicalUrl = c.CanonicalUrl, Language = c.Language }
                    : item with { Language = d?.Language ?? Filter.LanguageDetector.Detect(item.Title + ". " + item.Text, item.FeedLanguage, item.Title) };
                var row = ToRow(context.RunId, article, scoreFacts.GetValueOrDefault(item.Id), decision, enhanced.GetValueOrDefault(item.Id), createdAt);
                rows.Add(row);
                Tallies.Add(row, itemOrdinal);
                if (!countedByStages) funnels.Append(funnels.PartitionOf(row.FeedUrl), FunnelOf(row));
                if (row.Rank is not null) ranked.Add(row);
                if (row.DuplicateOf is { } of && ClusterRules.Contains(row.DecisionRule))
                    members.Append(members.PartitionOf(of), new ClusterMemberOf(of, new ClusterMember(row.ArticleId, row.Title, row.FeedName, row.DecisionRule, row.DecisionReason)));
            }
            rows.Sort(ById);
            _rows.Rewrite(p, rows);
            // What this partition was joined from is not read again: the disk holds the inputs or the rows, not both.
            raw.Delete(p);
            candidates.Delete(p);
            scores.Delete(p);
            decisions.Delete(p);
        }
        Ranked = [.. ranked.OrderBy(r => r.Rank).ThenBy(r => r.ArticleId, StringComparer.Ordinal)];

        // A representative lives in the row partition its members were sent to (both hash the representative's id).
        for (var p = 0; p < _rows.Count; p++)
        {
            var groups = members.Read(p).GroupBy(m => m.RepresentativeId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(m => m.Member).OrderBy(m => m.ArticleId, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            if (groups.Count == 0) continue;
            var representatives = _rows.Read(p).Where(r => groups.ContainsKey(r.ArticleId))
                .ToDictionary(r => r.ArticleId, r => new ClusterRepresentative(r.ArticleId, r.Title, r.FeedName, r.Decision), StringComparer.Ordinal);
            _clusters.Rewrite(p, groups.Select(g => new StoryCluster(representatives.GetValueOrDefault(g.Key) ?? new ClusterRepresentative(g.Key, null, null, null), g.Value))
                .Order(ClusterOrder));
        }

        for (var p = 0; p < _feedsByUrl.Count; p++)
        {
            var counted = funnels.Read(p).GroupBy(f => f.FeedUrl, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Aggregate((a, b) => a.Plus(b)), StringComparer.Ordinal);
            var feeds = outcomes.Read(p).DistinctBy(o => o.FeedUrl)
                .Select(o => FeedRow(context.RunId, o, counted.GetValueOrDefault(o.FeedUrl) ?? new FeedFunnel(o.FeedUrl), createdAt)).ToList();
            FeedsFailed += feeds.Count(f => f.Status == FeedStatus.Error);
            _feedsByUrl.Rewrite(p, feeds.Order(FeedByUrl));
            _feedsByFinal.Rewrite(p, feeds.Order(FeedByFinal));
        }

        Newsletter = await NewsletterRowAsync(blobs, context, paths, ct);
        Llm = await Enhance.Llm.LlmTotals.LoadAsync(blobs, context.RunId, ct);
    }

    private async Task<NewsletterRow?> NewsletterRowAsync(IBlobStore blobs, RunContext context, RunPaths paths, CancellationToken ct)
    {
        if (await blobs.ReadJsonAsync<NewsletterMeta>(paths.NewsletterMeta, ct) is not { } meta) return null;
        return new NewsletterRow
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
            ArticleIds = new UuidList([.. Ranked.Where(r => r.Decision == Outcomes.Selected).Select(r => r.Id)]),
            HtmlKey = meta.HtmlKey,
            TextKey = meta.TextKey,
            HtmlContent = System.Text.Encoding.UTF8.GetString(await blobs.ReadAsync(meta.HtmlKey, ct) ?? []),
            TextContent = System.Text.Encoding.UTF8.GetString(await blobs.ReadAsync(meta.TextKey, ct) ?? []),
            GeneratedAt = meta.CreatedAt.ToString("O"),
        };
    }

    private static readonly Comparer<ArticleRow> ById = Comparer<ArticleRow>.Create((a, b) => string.CompareOrdinal(a.ArticleId, b.ArticleId));
    private static readonly Comparer<FeedStatisticsRow> FeedByUrl = Comparer<FeedStatisticsRow>.Create((a, b) => string.CompareOrdinal(a.FeedUrl, b.FeedUrl));

    private static readonly Comparer<FeedStatisticsRow> FeedByFinal = Comparer<FeedStatisticsRow>.Create((a, b) =>
    {
        var c = b.FinalArticles.CompareTo(a.FinalArticles);
        return c != 0 ? c : string.CompareOrdinal(a.FeedUrl, b.FeedUrl);
    });

    private static readonly Comparer<StoryCluster> ClusterOrder = Comparer<StoryCluster>.Create((a, b) =>
    {
        var c = b.Members.Count.CompareTo(a.Members.Count);
        return c != 0 ? c : string.CompareOrdinal(a.Representative.Id, b.Representative.Id);
    });

    /// <summary>One row's share of its feed's funnel, from its final decision (runs without the stages' funnel files).</summary>
    private static FeedFunnel FunnelOf(ArticleRow row)
    {
        var selected = row.Decision == Outcomes.Selected;
        var passedFilter = selected || row.DecisionStage != Stages.Filter;
        return new FeedFunnel(row.FeedUrl)
        {
            Total = 1,
            PassedContentFilter = passedFilter || Filter.ContentRules.AdRules.Contains(row.DecisionRule) ? 1 : 0,
            PassedAdDetection = passedFilter ? 1 : 0,
            PassedQualityScoring = selected || row.DecisionStage == Stages.Select ? 1 : 0,
            Final = selected ? 1 : 0,
        };
    }

    /// <summary>A raw item with its position in the run's stream (first occurrences and analytics ties follow it).</summary>
    private sealed record NumberedArticle(long Ordinal, Article Article);

    private sealed record ClusterMemberOf(string RepresentativeId, ClusterMember Member);

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
        // A selected story's type is the one its issue printed: Select lends an unsure "other" its feed's usual type (FeedTypes),
        // and the issue printed "opinion" while the export and the database kept "other" (held-out review 113, F6).
        ContentType = e?.Score.ContentType ?? s?.ContentType,
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
        // A teaser's minutes are no article's reading time, an episode's notes none of its length: none is kept.
        ReadingTimeMinutes = e is { IsExcerpt: true } or { IsEpisode: true } ? null : e?.ReadingTimeMinutes,
        CreatedAt = createdAt,
    };

    /// <summary>The row's final decision as the decision record states it (decisions.jsonl).</summary>
    public static Decision DecisionOf(ArticleRow row) => new()
    {
        ArticleId = row.ArticleId, Stage = row.DecisionStage, Outcome = row.Decision, Rule = row.DecisionRule, Reason = row.DecisionReason,
        DuplicateOf = row.DuplicateOf, Rank = row.Rank,
    };

    /// <summary>A feed's row: its fetch outcome and the funnel the stages counted for it (<see cref="FeedFunnel"/>).</summary>
    private static FeedStatisticsRow FeedRow(string runId, FeedOutcome o, FeedFunnel funnel, string createdAt) => new()
    {
        Id = RowIds.FeedStatistics(runId, o.FeedUrl),
        PipelineRunId = RowIds.Run(runId),
        RunId = runId,
        FeedUrl = o.FeedUrl,
        FeedName = o.FeedTitle ?? Ingest.UrlDisplay.Of(o.FeedUrl),
        Status = o.Status,
        Error = o.Error,
        HttpStatus = o.HttpStatus,
        LatencyMs = o.LatencyMs,
        TotalArticles = funnel.Total,
        PassedContentFilter = funnel.PassedContentFilter,
        PassedAdDetection = funnel.PassedAdDetection,
        PassedQualityScoring = funnel.PassedQualityScoring,
        FinalArticles = funnel.Final,
        ProcessingTimeSeconds = o.ProcessingMs is { } ms ? Math.Round(ms / 1000.0, 2) : null,
        // Redacted here, unlike feed_url (the feed's key): the state file keeps the address the next run fetches.
        MovedTo = o.MovedTo is null ? null : Ingest.UrlDisplay.Of(o.MovedTo),
        Warnings = Ingest.FeedWarnings.Of(o, funnel),
        CreatedAt = createdAt,
    };

    public void Dispose()
    {
        _rows?.Dispose();
        _clusters?.Dispose();
        _feedsByUrl?.Dispose();
        _feedsByFinal?.Dispose();
    }
}

public sealed record ClusterRepresentative(string Id, string? Title, string? Feed, string? Decision);

public sealed record ClusterMember(string ArticleId, string Title, string? FeedTitle, string Rule, string Reason);

public sealed record StoryCluster(ClusterRepresentative Representative, IReadOnlyList<ClusterMember> Members);
