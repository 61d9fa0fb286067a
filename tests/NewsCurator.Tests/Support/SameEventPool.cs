using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;

namespace NewsCurator.Tests.Support;

/// <summary>
/// A run for Select's same-story and same-event rules: each story scored with an embedding at a given cosine to one
/// direction, beside thirty filler titles so the run's words have a frequency ("SonicWall" rare, a topic's words common).
/// </summary>
internal static class SameEventPool
{
    public static readonly DateTimeOffset Day = new(2025, 7, 24, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A unit vector at cosine <paramref name="cosine"/> to [1, 0, 0].</summary>
    public static float[] At(double cosine) => [(float)cosine, (float)Math.Sqrt(1 - cosine * cosine), 0f];

    /// <summary>A story of a site, its text its title, published <paramref name="daysLater"/> after <see cref="Day"/>.</summary>
    public static Article Story(string id, string site, string title, double daysLater = 0) => Story(id, site, title, title, daysLater);

    public static Article Story(string id, string site, string title, string text, double daysLater = 0)
        => new() { Id = id, FeedUrl = $"https://{site}/feed", FeedHome = $"https://{site}", Title = title, Text = text, Link = $"https://{site}/{id}", Published = Day.AddDays(daysLater) };

    private static IEnumerable<(Article, ArticleScore)> Filler(int count)
        => Enumerable.Range(0, count).Select(i => (Story($"f{i}", $"filler{i}.example", $"Security roundup {i}: patch critical flaws in servers"),
            new ArticleScore { Id = $"f{i}", TechRelevanceScore = 5, QualityScore = 5, Embedding = [0f, 0f, 1f] }));

    /// <summary>The stories (each at its cosine and relevance, quality 8) chosen with the default config among the filler.</summary>
    public static (List<SelectedArticle> Selected, List<Decision> Decisions) Run(params (Article Article, double Cosine, double Relevance)[] stories)
    {
        var pool = stories.Select(s => (s.Article, new ArticleScore { Id = s.Article.Id, TechRelevanceScore = s.Relevance, QualityScore = 8, Embedding = At(s.Cosine) }))
            .Concat(Filler(30)).ToList();
        var (selected, decisions, _) = Selector.Choose(pool.ToDictionary(p => p.Item1.Id, p => p.Item1), pool.Select(p => p.Item2).ToList(), new PipelineConfig());
        return (selected, decisions);
    }
}
