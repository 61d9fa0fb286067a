using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 70: two undated 2018 NVD records of a feed last built in April 2018 were the whole of a 2026 issue. Their
/// feed's channel date bounds their age (F1); one feed that dates nothing takes one place beside any dated feed of the run,
/// whether or not a dated story passed scoring, and its bare-id records of one product are one story (F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UndatedFeedAgeTests
{
    private static readonly DateTimeOffset RunStart = new(2026, 12, 6, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastBuilt = new(2018, 4, 17, 5, 22, 27, TimeSpan.Zero);
    private const string Nvd = "https://nvd.example/cvestack.rss";

    private static (Article, ArticleScore) Cve(string id, string text, DateTimeOffset? built, double relevance = 9.7) => (
        new Article { Id = id, FeedUrl = Nvd, FeedHome = "https://web.nvd.nist.gov/", Title = id, Link = $"https://web.nvd.nist.gov/view/vuln/detail?vulnId={id}", Text = text, FeedBuilt = built },
        new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = 3.9 });

    private const string KillSomething = "The kill_something_info function in kernel/signal.c in the Linux kernel before 4.13, when an unspecified architecture and compiler is used, might allow local users to cause a denial of service via an INT_MIN argument.";
    private const string KernelWait = "The kernel_wait4 function in kernel/exit.c in the Linux kernel before 4.13, when an unspecified architecture and compiler is used, might allow local users to cause a denial of service by triggering an attempted use of the -INT_MIN value.";
    private const string OpenSsl = "The ASN.1 parser in OpenSSL before 1.1.0h allows remote attackers to cause a denial of service by sending a crafted certificate with deep recursion.";

    private static (Article, ArticleScore) Post(int i, double relevance = 6) => (
        new Article { Id = $"d{i}", FeedUrl = "https://blog.example/feed", FeedHome = "https://blog.example/", Title = $"Notes on kernel schedulers, part {i}",
            Link = $"https://blog.example/{i}", Published = RunStart.AddDays(-2 - i), Text = $"A long look at kernel schedulers and what part {i} teaches about latency." },
        new ArticleScore { Id = $"d{i}", TechRelevanceScore = relevance, QualityScore = 6 });

    private static async Task<(Selection Result, List<Decision> Decisions)> ChooseAsync(List<(Article, ArticleScore)> input, IReadOnlyDictionary<string, DateTimeOffset>? newest = null)
    {
        var decisions = new List<Decision>();
        var result = await new Selector(new PipelineConfig(), asOf: RunStart, feedNewest: newest).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
        return (result, decisions);
    }

    [Fact]
    public async Task UndatedRecords_OfAFeedLastBuiltPastMaxStaleDays_ShouldTakeNoPlace_SayingWhy()
    {
        var (result, decisions) = await ChooseAsync([Cve("CVE-2018-10124", KillSomething, LastBuilt), Cve("CVE-2018-10087", KernelWait, LastBuilt), Post(0)]);

        Assert.Equal(["d0"], result.Selected.Select(s => s.Article.Id));
        var stale = decisions.Where(d => d.ArticleId.StartsWith("CVE", StringComparison.Ordinal)).ToList();
        Assert.All(stale, d => Assert.Equal("too_stale", d.Rule));
        Assert.All(stale, d => Assert.Contains("undated; its feed was last built on 2018-04-17", d.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UndatedRecords_OfAFeedBuiltRecently_OrWithNoDateAnywhere_ShouldBeChargedAsBefore()
    {
        foreach (var built in new DateTimeOffset?[] { RunStart.AddHours(-1), null })
        {
            var (result, decisions) = await ChooseAsync([Cve("CVE-2018-10124", KillSomething, built), Post(0)]);

            Assert.Contains(result.Selected, s => s.Article.Id == "CVE-2018-10124");
            Assert.DoesNotContain(decisions, d => d.Rule == "too_stale");
        }
    }

    [Fact]
    public async Task AFeedThatDatesNothing_ShouldTakeOnePlace_WhenTheRunsDatedStoriesFellToTheThresholds()
    {
        // The dated story scored under scoring.min_relevance; in the second run the dated feed's items fell before scoring
        // and only its newest date is known.
        foreach (var (input, newest) in new (List<(Article, ArticleScore)>, Dictionary<string, DateTimeOffset>?)[]
                 {
                     ([Cve("CVE-2018-10124", KillSomething, null), Cve("CVE-2018-0739", OpenSsl, null), Post(0, relevance: 1)], null),
                     ([Cve("CVE-2018-10124", KillSomething, null), Cve("CVE-2018-0739", OpenSsl, null)], new() { ["https://krebs.example/feed"] = RunStart.AddDays(-1) }),
                 })
        {
            var (result, decisions) = await ChooseAsync(input, newest);

            Assert.Single(result.Selected);
            Assert.Contains(decisions, d => d.Rule == "feed_cap" && d.Reason.Contains("none of whose stories carries a date", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AFeedThatDatesNothing_InARunWhereNoFeedDates_ShouldKeepTheUsualCap()
    {
        var (result, _) = await ChooseAsync([Cve("CVE-2018-10124", KillSomething, null), Cve("CVE-2018-0739", OpenSsl, null)]);

        Assert.Equal(2, result.Selected.Count);
    }

    [Fact]
    public void BareIdRecords_OfOneUndatedFeed_NamingOneProductBeforeItsVersion_ShouldBeOneStory()
    {
        var (kernel, other) = (Cve("CVE-2018-10124", KillSomething, null), Cve("CVE-2018-10087", KernelWait, null));
        var ssl = Cve("CVE-2018-0739", OpenSsl, null);
        var articles = new[] { kernel, other, ssl }.ToDictionary(c => c.Item1.Id, c => c.Item1 with { FeedHome = null });
        var scores = new[] { kernel.Item2, other.Item2 with { TechRelevanceScore = 9.6 }, ssl.Item2 with { TechRelevanceScore = 9.5 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["CVE-2018-0739", "CVE-2018-10124"], selected.Select(s => s.Id).Order(StringComparer.Ordinal));
        var merged = decisions.Single(d => d.ArticleId == "CVE-2018-10087");
        Assert.Equal(("same_story", "CVE-2018-10124"), (merged.Rule, merged.DuplicateOf));
        Assert.Contains("Linux kernel", merged.Reason, StringComparison.Ordinal);
    }
}
