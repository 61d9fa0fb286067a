using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A relevance the scoring model gave a text it cannot read is no judgement, and the drop says so (held-out review 74, F1):
/// with content.languages opened to Russian, Habr's "Эволюция блокировщиков рекламы" (Chrome Manifest V3, uBlock Origin)
/// was dropped as "relevance 0.2 is below scoring.min_relevance 4.0", as if judged off-profile. Scores are not changed.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UnreadLanguageReasonTests
{
    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Title, string? Language, double Relevance)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = $"https://{i.Id}.example/feed", Title = i.Title, Text = "Text of the story.", Language = i.Language }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = 8 }).ToList());

    [Fact]
    public void ForeignTextBelowMinRelevance_ShouldSayTheScoringModelReadsEnglishOnly()
    {
        var (articles, scores) = Pool(("ru", "Эволюция блокировщиков рекламы", "ru", 0.21), ("en", "Fortnite returns", "en", 0.21), ("und", "Short", "und", 0.21));
        var (_, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());
        var reason = decisions.ToDictionary(d => d.ArticleId, d => d.Reason);
        Assert.Equal("relevance 0.2 is below scoring.min_relevance 4.0 (the text is in 'ru', and the scoring model reads English only: this score is no judgement of the story)", reason["ru"]);
        // English, and a text too short to tell, keep the reason as it was.
        Assert.Equal("relevance 0.2 is below scoring.min_relevance 4.0", reason["en"]);
        Assert.Equal("relevance 0.2 is below scoring.min_relevance 4.0", reason["und"]);
        Assert.Equal("min_relevance", decisions.Single(d => d.ArticleId == "ru").Rule);
    }
}
