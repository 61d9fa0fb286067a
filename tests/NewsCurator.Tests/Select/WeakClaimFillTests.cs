using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 105, F1: a developer-tool vendor's every post scored relevance 7.2 to 9.2, and its early-access builds, a
/// back-ported fix release of last year's version and its monthly link roundup took places past the cap as strong stories.
/// Held-out review 108, F4: a maker shop's weekly house round-up, with no issue number, took the one place past the cap. A
/// pre-release build or a patch release still fills the one place past the cap, never the strong fill; a round-up takes no
/// place past the cap. A security fix release and a launch still fill as strong stories, and a round-up within the cap runs.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class WeakClaimFillTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 10, 6, 0, 0, TimeSpan.Zero);

    private static (Article, ArticleScore) Story(string id, string site, string title, double relevance, string? text = null, int hours = 6)
        => (new Article
            {
                Id = id, FeedUrl = $"https://{site}/feed", FeedHome = site, FeedTitle = site, Link = $"https://{site}/posts/{id}", Title = title,
                Published = AsOf.AddHours(-hours - relevance),
                Text = text ?? $"{title}. The team describes what changed and why, with the numbers from its own tests and the plans for the months ahead.",
            },
            new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = 6 });

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(IEnumerable<(Article Article, ArticleScore Score)> items)
    {
        var list = items.ToList();
        return (list.ToDictionary(i => i.Article.Id, i => i.Article), [.. list.Select(i => i.Score)]);
    }

    /// <summary>A vendor's posts: three launches, which fill the cap of 3, then an early-access build and a patch release.</summary>
    private static IEnumerable<(Article, ArticleScore)> VendorsFirstPosts() =>
    [
        Story("nova", "tools.example", "A new language engine comes to the C++ editor", 9.6),
        Story("build", "tools.example", "Meet the new experimental build tool", 9.5),
        Story("agents", "tools.example", "The cloud CI service gets new agent types", 9.4),
        Story("eap", "tools.example", "Refactor 2026.3 EAP 6: interceptors and faster builds", 9.3),
        Story("patch", "tools.example", "Modeler 2025.3.1 has been released", 9.2),
    ];

    private static IEnumerable<(Article, ArticleScore)> Others()
        => [Story("o1", "wire.example", "Chip maker opens a second packaging plant", 6.5), Story("o2", "news.example", "Ticketing firm confirms breach of customer records", 6.2)];

    [Fact]
    public void Choose_PreReleasePatchAndRoundupPastTheCap_ShouldNotFillAsStrongStories_WhileASecurityFixAndALaunchDo()
    {
        var vendor = VendorsFirstPosts().Concat(new[]
        {
            Story("beta", "tools.example", "Studio 2026.3 Beta is out", 9.15),
            Story("monthly", "tools.example", "Annotated Monthly | November 2026", 9.1),
            Story("cve", "tools.example", "Server 4.2.7 fixes CVE-2026-12345 in its login page", 8.9),
            Story("launch", "tools.example", "The team ships a profiler for data pipelines", 8.0),
        });
        var (articles, scores) = Pool(vendor.Concat(Others()));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3 } }, AsOf);

        var ids = selected.Select(s => s.Id).ToList();
        Assert.Contains("eap", ids); // the one place past the cap: the best held back
        Assert.Contains("cve", ids);
        Assert.Contains("launch", ids);
        Assert.DoesNotContain("patch", ids);
        Assert.DoesNotContain("beta", ids);
        Assert.DoesNotContain("monthly", ids);
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "monthly").Rule);
    }

    [Fact]
    public void Choose_AWeeklyHouseRoundUpWithoutANumber_ShouldTakeNoPlacePastTheCap()
    {
        var shop = new[]
        {
            Story("a", "shop.example", "A solar-powered badge that reads the weather", 8.6),
            Story("b", "shop.example", "Firmware tests that run on the board itself", 8.5),
            Story("weekly", "shop.example", "Shop Weekly Editorial Round-Up: Test-Driven Firmware, Hacked Music Players, & More", 8.4,
                  "SHOP WEEKLY EDITORIAL ROUND-UP We've got so much happening here that it's not always easy to keep up! Each week we'll be posting a handy round-up of what we've been up to. Firmware tests, music players and more."),
            Story("board", "shop.example", "A new e-paper board for low-power displays", 6.5),
        };
        var (articles, scores) = Pool(shop.Concat(Others()));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxArticles = 10, PerFeedCap = 2 } }, AsOf);

        var ids = selected.Select(s => s.Id).ToList();
        Assert.DoesNotContain("weekly", ids);
        Assert.Contains("board", ids);
        Assert.Contains("round-up", decisions.Single(d => d.ArticleId == "weekly").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_ARoundUpTitledOnlyByItsOpening_ShouldTakeNoPlacePastTheCap()
    {
        var shop = new[]
        {
            Story("a", "shop.example", "A solar-powered badge that reads the weather", 8.6),
            Story("b", "shop.example", "Firmware tests that run on the board itself", 8.5),
            Story("week", "shop.example", "Test-driven firmware, hacked music players and more", 8.4,
                  "So much happens here that it is hard to keep up. Each week we'll be posting a handy round-up of what we've been up to, so here it is."),
            Story("board", "shop.example", "A new e-paper board for low-power displays", 6.5),
        };
        var (articles, scores) = Pool(shop.Concat(Others()));

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxArticles = 10, PerFeedCap = 2 } }, AsOf);

        Assert.DoesNotContain("week", selected.Select(s => s.Id));
        Assert.Contains("board", selected.Select(s => s.Id));
    }

    [Fact]
    public void Choose_ARoundUpWithinTheCap_ShouldStillRun()
    {
        // What must not change: a round-up competes within its publisher's cap.
        var (articles, scores) = Pool(new[]
        {
            Story("weekly", "digest.example", "Digest Weekly Round-Up: New Models, Faster Chips, & More", 8.4),
            Story("a", "digest.example", "A solar-powered badge that reads the weather", 8.0),
        }.Concat(Others()));

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxArticles = 10, PerFeedCap = 2 } }, AsOf);

        Assert.Contains("weekly", selected.Select(s => s.Id));
    }

    [Fact]
    public void Choose_ATitleWithADottedDate_ShouldFillAsAStrongStory()
    {
        // Code review 50, R8: "12.7.2026" is a date, not a patch release's "x.y.z".
        var vendor = VendorsFirstPosts().Concat(new[]
        {
            Story("meetup", "tools.example", "Compiler meetup 12.7.2026: linkers, LTO and the new profiler in one evening", 9.1),
            Story("dated", "tools.example", "Our language server rewrite, as presented on 3.12.2025", 9.0),
        });
        var (articles, scores) = Pool(vendor.Concat(Others()));

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3 } }, AsOf);

        var ids = selected.Select(s => s.Id).ToList();
        Assert.DoesNotContain("patch", ids);
        Assert.Contains("meetup", ids);
        Assert.Contains("dated", ids);
    }
}
