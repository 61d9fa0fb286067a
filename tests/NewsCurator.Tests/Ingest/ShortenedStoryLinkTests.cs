using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A status post's shortened link is skipped, not a reason to keep the post as the link: the full address the bridge wrote
/// beside it, or another full link in the post, is the story; a post with a bare shortened link stays the link (code review
/// 45, R8).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ShortenedStoryLinkTests
{
    private static string? LinkOf(string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "A post", Link = Post, SummaryHtml = html }, new FeedSource("https://bridge.example/someone/rss"), "F").Link;

    private const string Post = "https://bridge.example/someone/status/1822334455667788990";

    [Theory]
    [InlineData("""<p>Our write-up of the scheduler rework <a href="https://t.co/Rk2m9QzPq1">https://research.example/blog/2026/scheduler-rework</a></p>""")]
    [InlineData("""<p>Our write-up of the scheduler rework <a href="https://t.co/Rk2m9QzPq1" data-expanded-url="https://research.example/blog/2026/scheduler-rework">research.example/blog/2026/sched…</a></p>""")]
    [InlineData("""<p>Our write-up <a href="https://research.example/blog/2026/scheduler-rework">research.example/blog</a> (tracked <a href="https://buff.ly/4aBcDeF">buff.ly/4aBcDeF</a>)</p>""")]
    public void AShortenedLinkWithTheFullAddress_ShouldLinkTheStory(string html)
        => Assert.Equal("https://research.example/blog/2026/scheduler-rework", LinkOf(html));

    [Fact]
    public void ABareShortenedLink_ShouldStillKeepThePost()
        => Assert.Equal(Post, LinkOf("""<p>Big day for the scheduler team <a href="https://t.co/Rk2m9QzPq1">research.example/blog/2026/sched…</a></p>"""));
}
