using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A wiki's recent changes and a CI server's build results are activity logs, not stories, at any length (held-out review
/// 115, F1 and F2); a story about an edit or a build, a tutorial, a release note stay stories.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ActivityLogRulesTests
{
    private static ContentRules Rules(int minLength = 300) => new(new ContentConfig { MinLength = minLength }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private const string CheatSheet = "Bash\nOur beloved shell, we use and abuse it every day. There are several general tips which will help you to work with without accidentally jeopardizing your box.\nsh cheatsheet\nControl Operators: & && ( ) ; ;; | || and the redirection operators, each with an example of its use in a script.";

    private static Article Item(string title, string? link, string feedUrl, string text = "", string? feedHome = null, string? feedTitle = null)
        => new() { Id = "x", FeedUrl = feedUrl, FeedHome = feedHome, FeedTitle = feedTitle, Title = title, Link = link, Language = "en", Text = text };

    [Theory]
    // Review 115, F1's probe: DokuWiki's recent changes, the feed known by its home.
    [InlineData("shell:bash", "https://nixsrv.com/shell/bash?rev=1416134748&do=diff", "file:///feeds/nixsrv.rdf", "nixsrv.com")]
    [InlineData("shell:tmux", "https://nixsrv.com/shell/tmux?rev=1415048548&do=revisions", "https://nixsrv.com/feed.php", null)]
    // MediaWiki's, MoinMoin's, Trac's and Confluence's revision and diff views.
    [InlineData("Release process", "https://wiki.site.org/index.php?title=Release_process&diff=1234&oldid=1230", "https://wiki.site.org/index.php?title=Special:RecentChanges&feed=atom", null)]
    [InlineData("Release process", "https://wiki.site.org/index.php?title=Release_process&curid=77&diff=prev", "https://wiki.site.org/index.php?title=Special:RecentChanges&feed=rss", null)]
    [InlineData("FrontPage", "https://wiki.example.org/FrontPage?action=diff&rev1=12&rev2=13", "https://wiki.example.org/?action=rss_rc", null)]
    [InlineData("WikiStart", "https://trac.example.org/project/wiki/WikiStart?version=12", "https://trac.example.org/project/timeline?format=rss", null)]
    [InlineData("Team onboarding", "https://confluence.example.org/pages/diffpagesbyversion.action?pageId=1&selectedPageVersions=2", "https://confluence.example.org/spaces/createrssfeed.action", null)]
    public void AnEditOfAPageOnTheFeedsOwnWiki_ShouldBeAWikiChange_BeforeItsLengthIsWeighed(string title, string link, string feedUrl, string? home)
    {
        // Long enough to pass min_length: an edit is one at any length.
        var decision = Rules().CheckContent(Item(title, link, feedUrl, CheatSheet + " " + CheatSheet, home));
        Assert.Equal("wiki_change", decision?.Rule);
    }

    [Theory]
    // A news site's story about an edit war, linking to Wikipedia's diff: another site's page, a story.
    [InlineData("Wikipedia editors fight over the chatbot article", "https://en.wikipedia.org/w/index.php?title=X&diff=1&oldid=0", "https://news.example.com/feed")]
    // A tutorial and a release note on a wiki's own site, linked to the page itself.
    [InlineData("How to write a Bash completion script", "https://wiki.example.org/BashCompletion", "https://wiki.example.org/?action=rss_rc")]
    [InlineData("Version 2.4 released", "https://project.example.org/news/2024/version-2-4?ref=rss", "https://project.example.org/news/feed")]
    // A "version" query off a wiki's path is any site's.
    [InlineData("Our API reference, now versioned", "https://docs.example.org/api?version=3", "https://docs.example.org/feed.xml")]
    public void AStoryOrAPage_ShouldNotBeAWikiChange(string title, string link, string feedUrl)
        => Assert.Null(WikiChanges.Of(Item(title, link, feedUrl, CheatSheet)));

    [Theory]
    [InlineData(300, "")]
    [InlineData(0, "")]
    // A build's page read in full: its console log passes min_length, and is still no story.
    [InlineData(300, "Started by an SCM change. Building remotely on slave-3 in workspace /var/lib/jenkins/workspace/cerl. Cloning the remote Git repository. Fetching upstream changes. Checking out Revision 4f3a. [cerl] $ /bin/sh -xe /tmp/hudson123.sh. + make test. 212 tests run, 3 failures. Build step 'Execute shell' marked build as failure. Finished: FAILURE. Sending e-mail to the committers of the changes that broke the build.")]
    public void AJenkinsBuildResult_ShouldBeABuildStatus_AtAnyLength(int minLength, string text)
    {
        // Review 115, F2's probe: Jenkins' rssAll entry.
        var item = Item("cerl #93 (broken since build #87)", "http://ci.eb.in.sdo.com/view/eStore/job/cerl/93/", "file:///feeds/jenkins-cerl-builds.atom", text, "ci.eb.in.sdo.com/view/eStore/job/cerl", "cerl all builds");
        Assert.Equal("build_status", Rules(minLength).CheckContent(item)?.Rule);
    }

    [Theory]
    [InlineData("Accumulo-1.3.x #57 (stable)", "https://builds.apache.org/job/Accumulo-1.3.x/57/", "Accumulo")]
    [InlineData("ActiveMQ Protocol Buffer #12 (broken since this build)", "https://builds.apache.org/job/ActiveMQ%20Protocol%20Buffer/12/", "ActiveMQ")]
    [InlineData("core #4411 (3 tests are still failing)", "https://ci.example.org/job/core/4411/", "core")]
    // Two signals without the link: Jenkins' title and a feed named for its builds.
    [InlineData("estore-nginx #2 (back to normal)", "https://ci.example.org/some/other/page", "estore-nginx all builds")]
    // Buildbot's and GitHub Actions' forms.
    [InlineData("Build #1234 failed", "https://buildbot.example.org/builders/linux/builds/1234", "Buildbot")]
    [InlineData("CI run #88: failure", "https://github.com/acme/app/actions/runs/123456789", "Workflow runs")]
    public void ACiServersBuildResults_ShouldBeBuildStatuses(string title, string link, string feedTitle)
        => Assert.NotNull(BuildResults.Of(Item(title, link, "https://ci.example.org/rssAll", feedTitle: feedTitle)));

    [Theory]
    // Review 115, F2's counter-probe: the title's form alone, on a blog's page.
    [InlineData("Jenkins #1 (stable) is out: what's new in 2.0", "https://www.jenkins.io/blog/2016/04/20/jenkins2/", "Jenkins blog")]
    [InlineData("Jenkins 2.0 #1 (stable)", "https://www.jenkins.io/blog/2016/04/20/jenkins2/", "Jenkins blog")]
    // A news story that links to a build's page.
    [InlineData("The build that broke Chromium for a day", "https://ci.chromium.org/job/linux-rel/40213/", "Tech news")]
    // A release note and a tutorial about builds.
    [InlineData("Release 4.2: faster incremental builds", "https://example.org/releases/4.2", "Example releases")]
    [InlineData("How to cache your CI builds", "https://example.org/blog/ci-cache", "Latest builds of the blog")]
    public void AStoryAboutBuilds_ShouldNotBeABuildStatus(string title, string link, string feedTitle)
        => Assert.Null(BuildResults.Of(Item(title, link, "https://example.org/feed", "A story told at length about a build, and why it matters to readers.", feedTitle: feedTitle)));

    [Fact]
    public void AFeedOfBuildResults_ShouldBeToldToGo_NotToReadItsPagesInFull()
    {
        var outcome = new FeedOutcome { FeedUrl = "https://ci.example.org/rssAll", Status = FeedStatus.Ok };
        var warning = Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 10, ContentDrops = new Dictionary<string, int> { ["build_status"] = 10 } })!);
        Assert.StartsWith("all 10 items were dropped by the content rule build_status: every item is a CI server's build result", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("fullText", warning, StringComparison.Ordinal);
        var wiki = Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 8, ContentDrops = new Dictionary<string, int> { ["wiki_change"] = 5, ["too_old"] = 3 } })!);
        Assert.Equal("0 of 8 items kept by the content rules: 5 edits to a wiki's pages (a recent-changes feed); 3 older than content.max_age_days", wiki);
    }
}
