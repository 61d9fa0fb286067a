using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using static NewsCurator.Tests.Support.SameEventPool;

namespace NewsCurator.Tests.Review32b;

/// <summary>Review of session 32's later change (4e00441..9532404): failing tests for its findings.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review32bTests
{
    // ---- Select: SameEvent ----

    [Fact]
    public void SameEvent_TwoVendorsZeroDaysOfOnePatchTuesday_ShouldStayTwoStories()
    {
        // Two events (Microsoft's Exchange flaw, Cisco's IOS XE flaw) told by two newsrooms on one day share only ordinary
        // words ("fixes", "actively", "exploited", "zero", "day"): every word used by five titles or fewer counts as a "name".
        var (selected, decisions) = Run(
            (Story("a", "bleepingcomputer.com", "Microsoft fixes actively exploited zero-day in Exchange Server"), 1.0, 9),
            (Story("b", "securityweek.com", "Cisco fixes actively exploited zero-day in IOS XE routers", 0.2), 0.84, 8.9));
        var drop = decisions.FirstOrDefault(d => d.ArticleId == "b" && d.Outcome != Outcomes.Selected);
        Assert.True(selected.Any(s => s.Id == "b"), drop?.Reason);
    }

    [Fact]
    public void SameEvent_OneProductNameSplitIntoTwoTokens_ShouldNotMakeAnEvent()
    {
        // "GPT-5" is one name, tokenized as "gpt" and "5": a launch and a later finding about it are two events.
        var (selected, decisions) = Run(
            (Story("a", "theverge.com", "OpenAI launches GPT-5 for all ChatGPT users"), 1.0, 9),
            (Story("b", "arstechnica.com", "Researchers jailbreak GPT-5 within a day of release", 1), 0.82, 8.9));
        var drop = decisions.FirstOrDefault(d => d.ArticleId == "b" && d.Outcome != Outcomes.Selected);
        Assert.True(selected.Any(s => s.Id == "b"), drop?.Reason);
    }

    // ---- Filter: CommitLogs narrowing ----

    private static Article Commit(string title, string? author = null)
        => new() { Id = "x", FeedUrl = "https://github.com/o/r/commits/main.atom", Title = title, Link = "https://example.org/changes/17", Author = author, Language = "en", Text = "x" };

    [Theory]
    [InlineData("Bump actions/checkout from 3 to 4")]                                 // Dependabot, GitHub Actions' major tags
    [InlineData("chore(deps): update dependency eslint to v9.1.0 (#1234)")]            // Renovate, squash-merged with its PR number
    [InlineData("Update dependency typescript to v5.4.5 [SECURITY]")]
    public void CommitLogs_DependencyBumpsAsCodeHostsWriteThem_ShouldStillBeCommits(string title)
        => Assert.NotNull(CommitLogs.Of(Commit(title)));

    // ---- Ingest: struck-out Markdown in a JSON Feed ----

    [Fact]
    public void JsonFeed_MarkdownStrikethrough_ShouldNotPrintItsMarks()
    {
        // The Markdown strikethrough helper went with <s>/<del>: a content_text's "~~" now reaches the text (review of session 32, R13).
        const string json = """{"version":"https://jsonfeed.org/version/1.1","title":"F","items":[{"id":"1","url":"https://e.example/1","title":"Notes","content_text":"The plan now costs ~~$30~~ $10 a month for every user of the service, from today on, and it was worth the wait."}]}""";
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(json), new Uri("https://e.example/feed.json")).Items.Single();
        var text = ArticleNormalizer.ToArticle(item, new FeedSource("https://e.example/feed.json"), "F").Text;
        Assert.DoesNotContain("~~", text, StringComparison.Ordinal);
    }

    // ---- Enhance: NoSpeakerOpening ----

    [Theory]
    [InlineData("Pia")]
    [InlineData("Per")]
    public void Quote_ASpeakerNamedPer_ShouldStillBeCredited(string given)
    {
        // "Per" (a Swedish given name) is in NoSpeakerOpening's list: Per Axbom's quotation is printed unattributed.
        var text = HtmlText.ToPlainText(
            $"<p>{given} Axbom, writing on his blog about why so many of the ethics checklists that design teams adopt end up doing nothing at all for the people affected:</p>" +
            "<blockquote><p>A checklist is a promise that someone else has already done the thinking, and that is exactly why it fails the people it claims to protect.</p></blockquote>" +
            "<p>Teams should treat every checklist as the start of the work, never its end.</p>");
        var summary = Summarizer.Summarize("Checklists", text, null, "preview", 3, "en");
        Assert.True(summary.Text.StartsWith(given + " Axbom", StringComparison.Ordinal), summary.Text);
    }

    // ---- Filter: Matomo ----

    [Theory]
    [InlineData("https://example.com/a?pk_cpn=rss&id=7", "https://example.com/a?id=7")]
    [InlineData("https://example.com/a?mtm_cpn=rss&id=7", "https://example.com/a?id=7")]
    public void Matomo_CampaignAliases_ShouldGoToo(string url, string expected)
        => Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));

    // ---- Ingest: FeedName SiteThenSection ----

    [Fact]
    public void FeedName_ASitesAddressBeforeItsOneWordName_ShouldNameThePublication()
        => Assert.Equal("Hackaday", FeedName.Of(null, "https://hackaday.com - Hackaday", "https://feeds.example.org/feed.xml"));

    // ---- Ingest: FeedDates ctime ----

    [Fact]
    public void FeedDates_CtimeWithANumericOffset_ShouldParse()
        => Assert.Equal(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero), FeedDates.Parse("Sat Dec 05 08:00:00 +0000 2026"));
}
