using NewsCurator.Enhance;
using NewsCurator.Model;

namespace NewsCurator.Newsletter;

/// <summary>The summary checker's verdict on every summary of a run: counts first, then each finding.</summary>
public sealed record SummaryReport(int Summaries, int Clean, IReadOnlyDictionary<string, int> BySource,
    IReadOnlyDictionary<string, int> ByRule, IReadOnlyList<SummaryReportEntry> Findings)
{
    public static SummaryReport Build(IReadOnlyList<EnhancedArticle> articles, int maxSentences)
    {
        var entries = articles.OrderBy(a => a.Rank)
            .Select(a => new SummaryReportEntry(a.Article.Id, a.Rank, a.Article.Title, a.SummarySource, a.SummaryNote,
                SummaryChecker.Check(a.Summary, a.Article.Language, maxSentences, a.Article.Title, a.SummarySource != Enhance.SummarySources.Llm,
                    Enhance.Summarizer.PublisherNames(a.Article))))
            .ToList();
        return new SummaryReport(
            entries.Count,
            entries.Count(e => e.Findings.Count == 0),
            entries.GroupBy(e => e.Source).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            entries.SelectMany(e => e.Findings).GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            entries.Where(e => e.Findings.Count > 0 || e.Note is not null).ToList());
    }
}

public sealed record SummaryReportEntry(string ArticleId, int Rank, string Title, string Source, string? Note, IReadOnlyList<SummaryFinding> Findings);
