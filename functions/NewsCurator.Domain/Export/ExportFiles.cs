using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Export;

/// <summary>The run as files for people and other tools: JSON, CSV, a SQL script and an analytics summary.</summary>
public static class ExportFiles
{
    public static string ArticlesJson(RunRecord record) => JsonSerializer.Serialize(new
    {
        selected = record.Articles.Where(a => a.Decision == Outcomes.Selected).OrderBy(a => a.Rank),
        dropped = record.Articles.Where(a => a.Decision != Outcomes.Selected).OrderBy(a => a.ArticleId, StringComparer.Ordinal),
    }, Json.Indented);

    private static readonly string[] CsvColumns =
    [
        "run_id", "article_id", "decision", "rank", "decision_stage", "decision_rule", "decision_reason", "duplicate_of",
        "title", "url", "feed_title", "feed_url", "published_at", "language", "word_count", "content_type",
        "tech_relevance_score", "quality_score", "ad_probability", "topics", "reading_time_minutes",
    ];

    public static string ArticlesCsv(RunRecord record)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(',', CsvColumns));
        foreach (var a in Ordered(record))
        {
            object?[] values =
            [
                a.RunId, a.ArticleId, a.Decision, a.Rank, a.DecisionStage, a.DecisionRule, a.DecisionReason, a.DuplicateOf,
                a.Title, a.Url, a.FeedTitle, a.FeedUrl, a.PublishedAt, a.Language, a.WordCount, a.ContentType,
                a.TechRelevanceScore, a.QualityScore, a.AdProbability, a.Topics, a.ReadingTimeMinutes,
            ];
            sb.AppendLine(string.Join(',', values.Select(CsvField)));
        }
        return sb.ToString();
    }

    /// <summary>
    /// A script that loads this run into another database (PostgreSQL or SQLite). Values are
    /// literals here by necessity, so each one is escaped; it is never executed by the pipeline.
    /// </summary>
    public static string ArticlesSql(RunRecord record)
    {
        var sb = new StringBuilder();
        sb.AppendLine("-- Articles of one pipeline run; load into a database created from the project's migrations.");
        sb.AppendLine("BEGIN;");
        foreach (var a in Ordered(record))
        {
            sb.Append("INSERT INTO articles (run_id, article_id, feed_url, feed_title, title, url, canonical_url, published_at, language, word_count, content_type, tech_relevance_score, quality_score, ad_probability, decision, decision_stage, decision_rule, decision_reason, duplicate_of, rank, summary, topics, preview, reading_time_minutes) VALUES (");
            sb.AppendJoin(", ", new object?[]
            {
                a.RunId, a.ArticleId, a.FeedUrl, a.FeedTitle, a.Title, a.Url, a.CanonicalUrl, a.PublishedAt, a.Language, a.WordCount,
                a.ContentType, a.TechRelevanceScore, a.QualityScore, a.AdProbability, a.Decision, a.DecisionStage, a.DecisionRule,
                a.DecisionReason, a.DuplicateOf, a.Rank, a.Summary, a.Topics, a.Preview, a.ReadingTimeMinutes,
            }.Select(SqlLiteral));
            sb.AppendLine(") ON CONFLICT (run_id, article_id) DO NOTHING;");
        }
        sb.AppendLine("COMMIT;");
        return sb.ToString();
    }

    public static string Analytics(RunRecord record, RunContext context)
    {
        var scored = record.Articles.Where(a => a.TechRelevanceScore is not null).ToList();
        var selected = record.Articles.Where(a => a.Decision == Outcomes.Selected).ToList();
        return JsonSerializer.Serialize(new
        {
            runId = context.RunId,
            startedAt = context.StartedAt,
            funnel = context.Counts,
            // Where Score ran, and whether the GPU job failed and the CPU scorer stood in for it.
            scoring = context.Scoring,
            dropReasons = record.Articles.Where(a => a.Decision != Outcomes.Selected)
                .GroupBy(a => $"{a.DecisionStage}/{a.DecisionRule}").OrderByDescending(g => g.Count())
                .ToDictionary(g => g.Key, g => g.Count()),
            languages = record.Articles.GroupBy(a => a.Language ?? "und").OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            contentTypes = scored.GroupBy(a => a.ContentType ?? "other").OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            topics = selected.SelectMany(a => JsonSerializer.Deserialize<List<string>>(a.Topics ?? "[]") ?? []).GroupBy(t => t)
                .OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            relevanceHistogram = Histogram(scored.Select(a => a.TechRelevanceScore!.Value)),
            qualityHistogram = Histogram(scored.Select(a => a.QualityScore!.Value)),
            selectedAverage = selected.Count == 0 ? null : new
            {
                relevance = Math.Round(selected.Average(a => a.TechRelevanceScore ?? 0), 2),
                quality = Math.Round(selected.Average(a => a.QualityScore ?? 0), 2),
                readingTimeMinutes = Math.Round(selected.Average(a => a.ReadingTimeMinutes ?? 0), 1),
            },
            feeds = record.Feeds.OrderByDescending(f => f.FinalSelected).ThenBy(f => f.FeedUrl, StringComparer.Ordinal),
        }, Json.Indented);
    }

    /// <summary>Story clusters: each kept representative with the copies (same URL, same text, near-same story) folded into it.</summary>
    public static string Clusters(RunRecord record)
    {
        var byId = record.Articles.ToDictionary(a => a.ArticleId);
        var clusters = record.Articles
            .Where(a => a.DuplicateOf is not null && a.DecisionRule is "duplicate_url" or "duplicate_content" or "near_duplicate" or "same_story")
            .GroupBy(a => a.DuplicateOf!)
            .Select(g => new
            {
                representative = Member(byId.GetValueOrDefault(g.Key), g.Key),
                members = g.OrderBy(a => a.ArticleId, StringComparer.Ordinal).Select(a => new { a.ArticleId, a.Title, a.FeedTitle, rule = a.DecisionRule, reason = a.DecisionReason }),
            })
            .OrderByDescending(c => c.members.Count()).ThenBy(c => c.representative.Id, StringComparer.Ordinal);
        return JsonSerializer.Serialize(clusters, Json.Indented);
    }

    private sealed record ClusterRepresentative(string Id, string? Title, string? Feed, string? Decision);

    private static ClusterRepresentative Member(ArticleRow? row, string id) => new(id, row?.Title, row?.FeedTitle, row?.Decision);

    private static int[] Histogram(IEnumerable<double> values)
    {
        var buckets = new int[10];
        foreach (var v in values) buckets[Math.Clamp((int)v, 0, 9)]++;
        return buckets;
    }

    private static IEnumerable<ArticleRow> Ordered(RunRecord record)
        => record.Articles.OrderBy(a => a.Rank ?? int.MaxValue).ThenBy(a => a.ArticleId, StringComparer.Ordinal);

    private static string CsvField(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        // A leading =, +, - or @ makes spreadsheets evaluate the cell: neutralise it (CSV injection).
        if (text.Length > 0 && "=+-@".Contains(text[0]) && value is string) text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string SqlLiteral(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal) + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => "'" + value.ToString()!.Replace("'", "''", StringComparison.Ordinal) + "'",
    };
}
