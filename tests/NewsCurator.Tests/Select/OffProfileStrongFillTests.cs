using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A short issue's strong fill (a publisher's stories past the one fill place, up to half the issue) took a hobby blog's setup
/// notes at relevance 7+ that matched no interest of the profile (cosine 0.09 over background 0.05): one small blog had 7 of
/// 11 places (held-out review 99, F3). Strong asks for an interest's match too, or a strong quality; the blog's on-profile
/// strong stories still fill the short issue (held-out reviews 88, F1; 93, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OffProfileStrongFillTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly PipelineConfig Config = new()
    {
        Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3, MaxTitleSimilarity = 1.1 },
        Profile = new ProfileConfig { RankWeight = 2, Interests = [new ProfileInterest("Infrastructure", 1.0, ["networks, servers and automation"])] },
    };

    private static readonly string[] Subjects = ["router configs", "switch fabrics", "BGP sessions", "VLAN plans", "firewall rules", "network tests", "DNS zones", "load balancers"];

    private static (Article, ArticleScore) Story(string id, string feed, string title, int days, double relevance, double cosine, double quality = 5.0)
        => (new Article
            {
                Id = id, FeedUrl = $"https://{feed}/feed", FeedHome = feed, Link = $"https://{feed}/posts/{id}", Title = title, Published = AsOf.AddDays(-days),
                Text = $"{title}. We walk through the setup step by step, the commands that matter and the mistakes to avoid, with the configuration files in full.",
            },
            new ArticleScore
            {
                Id = id, TechRelevanceScore = relevance, QualityScore = quality,
                Profile = new Dictionary<string, double> { ["Infrastructure"] = cosine }, ProfileBackground = new Dictionary<string, double> { ["Infrastructure"] = 0.05 },
            });

    private static IEnumerable<(Article, ArticleScore)> Current()
        => Enumerable.Range(0, 4).Select(i => Story($"now{i}", $"news{i}.example", $"Current story {i} on kernels {i}", 1 + i, 6.0, 0.3));

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(IEnumerable<(Article Article, ArticleScore Score)> items)
    {
        var list = items.ToList();
        return (list.ToDictionary(i => i.Article.Id, i => i.Article), [.. list.Select(i => i.Score)]);
    }

    [Fact]
    public void Choose_AnOffProfileStrongStory_ShouldNotFillPastTheOnePlace()
    {
        var blog = Subjects.Select((s, i) => Story($"on{i}", "hobby.example", $"Automating {s}", 2 + i, 8.5 - i * 0.1, 0.30))
            .Append(Story("off", "hobby.example", "Enable a shared folder in a desktop hypervisor", 3, 7.4, 0.09));
        var (articles, scores) = Pool(blog.Concat(Current()));

        var (selected, _, _) = Selector.Choose(articles, scores, Config, AsOf);

        Assert.DoesNotContain("off", selected.Select(s => s.Id));
        Assert.Equal(8, selected.Count(s => s.Id.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public void Choose_AnOffProfileStoryOfStrongQuality_ShouldStillFill()
    {
        var blog = Subjects.Take(6).Select((s, i) => Story($"on{i}", "hobby.example", $"Automating {s}", 2 + i, 8.5 - i * 0.1, 0.30))
            .Append(Story("off", "hobby.example", "Enable a shared folder in a desktop hypervisor", 3, 7.4, 0.09, quality: 7.5));
        var (articles, scores) = Pool(blog.Concat(Current()));

        var (selected, _, _) = Selector.Choose(articles, scores, Config, AsOf);

        Assert.Contains("off", selected.Select(s => s.Id));
    }
}
