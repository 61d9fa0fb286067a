using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A link digest's reading times and bare "link" lines leave the text, so each blurb ends its sentence and the next
/// story's headline does not run into it (twentieth held-out review, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DigestScaffoldingTests
{
    private const string Digest =
        "<b>DeepSeek Harness Desktop for macOS and Windows</b><br>DeepSeek now ships its agentic-coding harness as a native desktop app for macOS and Windows. (1 minute read)<br><a href=\"https://a.example/1\">link</a><br>" +
        "<b>agent-memory gives Claude Code and Codex shared memory</b><br>agent-memory is a local-first memory runtime that lets two coding agents share one store. (3 min read)<br><a href=\"https://a.example/2\">link</a>";

    private static Article Normalize(string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "Firehose — 2026-10-03", Link = "https://example.org/2026-10-03", SummaryHtml = html },
            new FeedSource("https://example.org/feed.xml"), "Firehose");

    [Fact]
    public void ReadingTimesAndLinkLines_ShouldLeaveTheText_AndEachBlurbEndItsSentence()
    {
        var text = Normalize(Digest).Text;

        Assert.DoesNotContain("minute read", text, StringComparison.Ordinal);
        Assert.DoesNotContain("min read", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nlink", text, StringComparison.Ordinal);
        var blurb = Assert.Single(SentenceSplitter.Split(text), s => s.StartsWith("DeepSeek now ships", StringComparison.Ordinal));
        Assert.EndsWith("for macOS and Windows.", blurb, StringComparison.Ordinal);
    }

    [Fact]
    public void ProseAboutReadingOrLinks_ShouldStay()
    {
        var text = Normalize("<p>The study found a 10 minute read of the manual halves support calls.</p><p>Link aggregation doubles the bandwidth of two ports.</p>").Text;

        Assert.Contains("a 10 minute read of the manual", text, StringComparison.Ordinal);
        Assert.Contains("Link aggregation doubles", text, StringComparison.Ordinal);
    }
}
