using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 109, F7: a chip maker's partnership with one AI lab was charged as near its collaboration with a server
/// maker (cosine 0.76, one publisher): one company's releases about one product line embed close whatever the news. Two
/// stories of one publisher whose headlines each name a partner the other never mentions, and share no name but the
/// publisher's own, are two announcements: no closeness charge. A follow-up that names the same partner still pays it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DifferentAnnouncementsTests
{
    private static readonly PipelineConfig Config = new() { Select = new SelectConfig { MaxArticles = 3, PerFeedCap = 3 } };

    private static float[] Vector(int axis, double cosine = 1, int lean = 31)
    {
        var v = new float[32];
        v[axis] = (float)cosine;
        v[lean] += (float)Math.Sqrt(1 - cosine * cosine);
        return v;
    }

    private static (Article, ArticleScore) Story(string id, string site, string feedTitle, string title, string text, double relevance, float[] embedding)
        => (new Article { Id = id, FeedUrl = $"https://{site}/feed", FeedHome = site, FeedTitle = feedTitle, Link = $"https://{site}/{id}", Title = title, Text = text },
            new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = 7, Embedding = embedding });

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (Article Article, ArticleScore Score)[] items)
        => (items.ToDictionary(i => i.Article.Id, i => i.Article), [.. items.Select(i => i.Score)]);

    private static readonly (Article, ArticleScore)[] Others =
    [
        Story("plant", "wire.example", "Wire", "Battery maker opens a second cell plant", "The battery maker said the plant would open next spring and employ four hundred people.", 8.5, Vector(2)),
        Story("breach", "security.example", "Security", "Ticketing firm confirms breach of customer records", "The ticketing firm said attackers copied names and emails of some customers last month.", 8.3, Vector(3)),
    ];

    private const string Deal = "Chipco and Northwind said on Monday that Northwind will deploy six gigawatts of Chipco accelerators over several years "
                                + "under a strategic partnership, the first gigawatt in the second half of next year.";

    [Fact]
    public void Choose_TwoAnnouncementsOfOneCompany_ShouldNotBeChargedAsNear()
    {
        var (articles, scores) = Pool([
            Story("deal", "chipco.example", "Chipco Newsroom", "Chipco and Northwind Announce Strategic Partnership to Deploy 6 Gigawatts of Chipco GPUs", Deal, 9.0, Vector(0)),
            Story("racks", "chipco.example", "Chipco Newsroom", "Chipco and Fabrikam Expand Collaboration to Advance Open Rack Infrastructure",
                  "Chipco and Fabrikam said they would expand their collaboration on open rack infrastructure, with Fabrikam servers built on Chipco processors for cloud providers.", 8.8, Vector(0, 0.76, 1)),
            .. Others]);

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.True(selected.Any(s => s.Id == "racks"), decisions.Single(d => d.ArticleId == "racks").Reason);
        Assert.Equal(["deal", "racks", "plant"], selected.Select(s => s.Id));
        Assert.DoesNotContain("closeness", decisions.Single(d => d.ArticleId == "racks").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_AFollowUpNamingTheSamePartner_ShouldStillBeChargedAsNear()
    {
        // What must not change: one deal's follow-up names its partner again, and pays the closeness charge.
        var (articles, scores) = Pool([
            Story("deal", "chipco.example", "Chipco Newsroom", "Chipco and Northwind Announce Strategic Partnership to Deploy 6 Gigawatts of Chipco GPUs", Deal, 9.0, Vector(0)),
            Story("site", "chipco.example", "Chipco Newsroom", "Chipco and Northwind Name the First Site for Their Gigawatt Deployment",
                  "Chipco and Northwind said the first site of the deployment would be built in a northern state, with power from a new wind farm.", 8.8, Vector(0, 0.76, 1)),
            .. Others]);

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["deal", "plant", "breach"], selected.Select(s => s.Id));
        Assert.Equal("below_cut", decisions.Single(d => d.ArticleId == "site").Rule);
    }
}
