using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// One feed's story posted again under its headline, at its slug with a suffix ("-1", "-1-1") and with its text written
/// afresh, is one story: the newest posting is kept and the others are dropped as its duplicates (held-out review 104, F2:
/// 16 of a feed's 20 items were copies of four stories and passed dedupe). A series that reuses its title is not.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SameFeedRepostTests
{
    private const string Feed = "https://notes-on-infra.blog.example/rss.xml";

    private static Article Post(string id, string title, string slug, string text, int day, string feed = Feed) => new()
    {
        Id = id, FeedUrl = feed, FeedHome = "https://notes-on-infra.blog.example", Title = title, Text = text,
        Link = $"https://notes-on-infra.blog.example/{slug}", Published = new DateTimeOffset(2026, 3, day, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void OneFeedsHeadlinePostedAgainAtASuffixedSlug_ShouldKeepTheNewest_AndNameItInTheOthers()
    {
        var first = Post("p1", "Infra Notes — Helm chart testing in CI", "infra-notes-helm-chart-testing-in-ci",
            "Helm charts break in quiet ways. This post walks through linting, template rendering and install tests in a pipeline, with kind clusters.", 3);
        var second = Post("p2", "Infra Notes — Helm chart testing in CI", "infra-notes-helm-chart-testing-in-ci-1",
            "Testing a chart before it ships saves a pager alert. We look at chart-testing, unit tests for templates and smoke installs on ephemeral clusters.", 5);
        var third = Post("p3", "Infra Notes — Helm chart testing in CI", "infra-notes-helm-chart-testing-in-ci-1-1",
            "Charts are code, and code needs tests. Here is a pipeline that renders every values file, diffs manifests and installs into a throwaway cluster.", 9);
        var other = Post("o1", "Infra Notes — Terraform state locking explained", "infra-notes-terraform-state-locking-explained",
            "State locking stops two applies from racing. We compare the S3 backend's lock table with the remote backends that lock for you.", 6);

        var (kept, dropped) = new Deduplicator(3).Run([first, second, third, other]);

        Assert.Equal(["p3", "o1"], kept.Select(k => k.Id));
        Assert.All(dropped, d => Assert.Equal(("duplicate_content", "p3"), (d.Rule, d.DuplicateOf)));
        Assert.Equal(["p1", "p2"], dropped.Select(d => d.ArticleId).Order());
    }

    [Theory]
    // A series reusing its title, a short notice's title, a status page's incidents at ids of their own, and another feed's post.
    [InlineData("Weekly links roundup for platform engineers", "weekly-links-roundup-for-platform-engineers", "weekly-links-roundup-for-platform-engineers-2", Feed)]
    [InlineData("Scheduled maintenance", "scheduled-maintenance", "scheduled-maintenance-2", Feed)]
    [InlineData("Degraded performance for hosted runners", "incidents/8k2jx91", "incidents/q7mm30a", Feed)]
    [InlineData("Infra Notes — Helm chart testing in CI", "infra-notes-helm-chart-testing-in-ci", "infra-notes-helm-chart-testing-in-ci-1", "https://planet.example/atom.xml")]
    public void ATitleReusedWithoutBeingARepost_ShouldKeepBoth(string title, string slug, string laterSlug, string laterFeed)
    {
        var (kept, _) = new Deduplicator(3).Run([
            Post("a", title, slug, "This week the platform team moved the build cache, retired two old runners and wrote up the disk alerts we saw on Tuesday.", 2),
            Post("b", title, laterSlug, "A quiet week: one new dashboard for queue depth, a fix for flaky artifact uploads, and notes from the storage vendor call.", 9, laterFeed),
        ]);

        Assert.Equal(["a", "b"], kept.Select(k => k.Id));
    }

    // A column that reuses its headline every week, slugged "-2" by the blog engine: each week's post is its own story (code
    // review 49, R6); only a posting within a week of the newest is the story posted again.
    [Fact]
    public void AWeeklyColumnsReusedHeadline_ShouldKeepEveryWeeksPost()
    {
        var (kept, _) = new Deduplicator(3).Run([
            Post("w1", "Five things we learned this week", "five-things-we-learned-this-week",
                "Our build cache moved, two runners retired, and a disk alert taught us to watch inode counts as closely as bytes.", 2),
            Post("w2", "Five things we learned this week", "five-things-we-learned-this-week-2",
                "A new dashboard for queue depth, a fix for flaky uploads, and why the storage vendor's throttling looked like our bug.", 9),
        ]);

        Assert.Equal(["w1", "w2"], kept.Select(k => k.Id).Order());
    }
}
