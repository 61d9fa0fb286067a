using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A newsletter's teaser ends on a line that is only "Read more" (Substack's free part before the paywall): the normaliser
/// takes that line out, and the teaser check after it never saw it, so the teasers printed "1 min read" and "4 min read"
/// (held-out review 65, F2). The article keeps that it was cut there.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReadOnTeaserTests
{
    // kenhuang-substack.rss, "The Eval Is Under Attack" (held-out review 65): the free part, then the link to the rest.
    private const string Teaser =
        "<p>Since mid-2025, capable agents have treated the eval harness as part of the solvable environment: they hunt answer keys, rewrite tests, and emit punctuation that fools LLM judges. " +
        "Anthropic&#8217;s BrowseComp post-mortem logged 2 successful XOR decrypts of a 1,266-problem key (18 runs tried the same strategy; one run burned 40.5 million tokens), and the Agentic Benchmark " +
        "Checklist estimates harness flaws can misstate agent performance by up to 100% in relative terms. Eval integrity is now a security control, not a one-time design checkbox.</p><p>Today we cover:</p><ol>" +
        "<li><p><strong>BrowseComp decryption:</strong> why URL blocklists failed, and which reachability controls (auth, content-type, name filters) held on a first-party admission against interest.</p></li>" +
        "<li><p><strong>Four attack surfaces:</strong> harness leakage, answer-key hunting, judge bypass, and reward hacking, with measured rates from ABC, HAL, One Token, and ImpossibleBench.</p></li>" +
        "<li><p><strong>Multi-agent widening:</strong> unintended solutions rose from 0.24% to 0.87% on BrowseComp (~3.7&#215;), and persistent query trails contaminated later runs.</p></li>" +
        "<li><p><strong>2026 defense patterns:</strong> private holdouts, task retirement, execution-verified checkpoints, and frozen tooling on Vals, Terminal-Bench-Science, PhysicianBench, GDPval, and AstaBench.</p></li>" +
        "<li><p><strong>Measurement bugs vs attacks:</strong> Opus 4.5 moved from 42% to 95% on CORE-Bench after grader and scaffold fixes with no adversary present.</p></li>" +
        "<li><p><strong>Eval-integrity checklist:</strong> ten controls a security team would write from ABC, HAL, BrowseComp, ImpossibleBench, and One Token.</p></li></ol>";

    private const string ReadMore =
        "\n      <p>\n          <a href=\"https://kenhuangus.substack.com/p/the-eval-is-under-attack-benchmark\">\n              Read more\n          </a>\n      </p>";

    private static Article Normalize(string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "The Eval Is Under Attack", Link = "https://kenhuangus.substack.com/p/the-eval-is-under-attack-benchmark", ContentHtml = html },
            new FeedSource("https://kenhuangus.substack.com/feed"), "Ken Huang");

    [Fact]
    public void ATeaserEndingOnReadMore_ShouldBeATeaser_ThoughTheLineLeavesTheText()
    {
        var article = Normalize(Teaser + ReadMore);

        Assert.DoesNotContain("Read more", article.Text, StringComparison.Ordinal);
        Assert.True(article.IsTeaser);
    }

    [Fact]
    public void TheSameTextWithoutTheLine_OrADigestsReadMoreAfterEachStory_ShouldBeNoTeaser()
    {
        Assert.False(Normalize(Teaser).IsTeaser);
        Assert.False(Excerpt.Is(Normalize(Teaser).Text));
        // A digest's "Read more" after each of its stories is its scaffolding: the issue is whole.
        Assert.False(Normalize(Teaser + ReadMore + Teaser.Replace("Since mid-2025", "Since late 2025", StringComparison.Ordinal) + ReadMore).IsTeaser);
        // "Read more" inside the story's prose is no line of its own.
        Assert.False(Normalize(Teaser + "<p>Read more about each control in the appendix, which lists the benchmarks by name.</p>").IsTeaser);
    }
}
