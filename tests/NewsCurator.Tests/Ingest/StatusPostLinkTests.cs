using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A social network's status that points to one page is linked to that page, the story, not to the post (held-out review
/// 83, F6); a status pointing to none or to several, and any other item, keeps its own link.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StatusPostLinkTests
{
    private static string? LinkOf(string link, string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "A post", Link = link, SummaryHtml = html }, new FeedSource("https://social.example/@someone.rss"), "F").Link;

    private const string Tags = """ <a href="https://social.example/tags/kubernetes" class="mention hashtag" rel="tag">#<span>kubernetes</span></a>""";

    [Theory]
    [InlineData("https://social.example/@releases/111544452566443481")]
    [InlineData("https://social.example/users/releases/statuses/111544452566443481")]
    [InlineData("http://bridge.example/k8s/status/1719424500591210559#m")]
    [InlineData("https://bsky.example/profile/k8s.example/post/3kabcdefgh2mn")]
    [InlineData("https://pleroma.example/notice/AbCdEf123456GhIjKl")]
    public void AStatusPointingToOnePage_ShouldBeLinkedToThePage(string post)
        => Assert.Equal("https://blog.example.org/2023/10/31/gateway-api-ga/",
            LinkOf(post, $"""<p>Gateway API v1.0 is GA - <a href="https://blog.example.org/2023/10/31/gateway-api-ga/">blog.example.org/2023/10/3…</a>{Tags}</p>"""));

    [Fact]
    public void AStatusLinkingOnePageTwice_ShouldBeLinkedToThePage()
        => Assert.Equal("https://blog.example.org/a", LinkOf("https://social.example/@a/111544452566443481",
            """<p><a href="https://blog.example.org/a">Read</a> or <a href="https://blog.example.org/a/">the post</a></p>"""));

    [Theory]
    // Two pages (an app's two stores): which one is the story is not the post's to say.
    [InlineData("""<p>Out now on <a href="https://apps.example.com/app/1">the App Store</a> and <a href="https://play.example.com/store/app">Google Play</a></p>""")]
    // Only furniture: a hashtag, a mention on another instance, a profile, the bridge's own search, an image, a quoted status.
    [InlineData("""<p>Did you pass the exam on your first try?<a href="http://social.example/search?q=%23k8s">#k8s</a></p>""")]
    [InlineData("""<p>Thanks <span class="h-card"><a href="https://other.example/@friend" class="u-url mention">@friend</a></span>!</p>""")]
    [InlineData("""<p>Look: <a href="https://cdn.example.net/media/pic.png">pic</a></p>""")]
    [InlineData("""<p>This: <a href="https://other.example/@someone/111544452566443999">a post</a></p>""")]
    public void AStatusPointingToNoOnePage_ShouldKeepItsLink(string html)
        => Assert.Equal("https://social.example/@a/111544452566443481", LinkOf("https://social.example/@a/111544452566443481", html + Tags));

    [Theory]
    [InlineData("https://www.example.gov/notice/cve-2026-12345")]
    [InlineData("https://status.example.com/api/status/20261206")]
    public void APageWhosePathOnlyLooksLikeAStatus_ShouldKeepItsLink(string link)
        => Assert.Equal(link, LinkOf(link, """<p>Details at <a href="https://nvd.example.org/vuln/detail/CVE-2026-12345">the NVD</a>.</p>"""));

    [Fact]
    public void ABlogPostWithOneLink_ShouldKeepItsLink()
        => Assert.Equal("https://blog.example.org/2024/05/my-post", LinkOf("https://blog.example.org/2024/05/my-post",
            """<p>I wrote about <a href="https://other.example.com/paper">this paper</a> at length.</p>"""));
}
