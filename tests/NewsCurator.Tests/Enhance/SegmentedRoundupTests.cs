using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A video bridge's segmented roundup: its first line is the headline with the generator's note, each segment line opens
/// on a topic slug ("[llms-foundation-models] GLM 5.2 intro: ..."). Each roundup printed its metadata line instead of a
/// summary (twenty-third held-out review, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SegmentedRoundupTests
{
    private const string Title = "New #1 open-source AI model is here!";

    private const string Description = """
        New #1 open-source AI model is here! — segmented AI-news roundup (14 segments).

        [llms-foundation-models] GLM 5.2 intro: Introduces GLM 5.2 as a new open-source model that outperforms GPT and Gemini on multiple benchmarks.

        [llms-foundation-models] Where to use GLM: Describes where to access GLM 5.2: free online chat and agentic frameworks like Zcode and Claude Code.

        [claude-code] Ray tracing: Develops a ray tracing simulation with a sphere, a cube and a pyramid from scratch without external libraries.

        [eval-model-quality] Specs and benchmarks: Details GLM 5.2 specs (1M context, MIT license) and its benchmark results.
        """;

    private static Article Roundup(string description)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = Title, Link = "https://www.youtube.com/watch?v=6d__WOpZswY", SummaryHtml = description },
            new FeedSource("https://example.org/yt.xml"), "theAIsearch YouTube roundups");

    [Fact]
    public void TopicSlugs_ShouldLeaveTheLines_AndTheSummaryShouldTellTheSegments()
    {
        var article = Roundup(Description);
        Assert.DoesNotContain("[llms-foundation-models]", article.Text);
        Assert.Contains("GLM 5.2 intro: Introduces GLM 5.2", article.Text);
        var summary = Summarizer.Summarize(article.Title, article.Text, null, "", 3, "en");
        Assert.Equal(SummarySources.Extractive, summary.Source);
        Assert.StartsWith("GLM 5.2 intro: Introduces GLM 5.2 as a new open-source model", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("segmented AI-news roundup", summary.Text);
    }

    [Fact]
    public void AListUnderTheHeadline_ShouldNotBeTakenForItsNote()
    {
        // The note is on the headline's line; a first list item on the next line is the text (review of session 27, F10).
        var lede = Lede.Of("Weekly changes in the scheduler", "Weekly changes in the scheduler\n- Fixed a crash when the queue is empty.\n- Added a retry flag.");
        Assert.Contains("Fixed a crash when the queue is empty.", lede);
    }

    [Fact]
    public void ATagOnAFewLines_OrAWordInBrackets_ShouldStay()
    {
        // A changelog's component tags are single words, and two tagged lines among prose are the text's own.
        var changelog = Roundup("[core] Fix a crash on start.\n[cli] Add a --json flag.\n[docs] Explain the config file.");
        Assert.StartsWith("[core] Fix a crash", changelog.Text, StringComparison.Ordinal);
        var prose = Roundup("We shipped it. It works well.\n[claude-code] Ray tracing: a demo.\n[claude-code] More demos.\nThe end of the post is prose.\nAnd more prose here.\nAnd a last line.");
        Assert.Contains("[claude-code] Ray tracing", prose.Text);
    }
}
