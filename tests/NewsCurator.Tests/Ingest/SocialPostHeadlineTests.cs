using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Headlines of social posts (held-out review 83, F5 and F7): a title-less post's first-paragraph headline gets no ellipsis
/// it was never cut with; a bridged post's title loses the address it closes with; a headline in capitals that its text
/// repeats is re-cased whole, not by halves.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SocialPostHeadlineTests
{
    private static async Task<IReadOnlyList<Article>> Ingest(string items)
    {
        var body = $"""
            <rss version="2.0"><channel><title>#selfhosting</title><link>https://toot.example/tags/selfhosting</link>
            {items}
            </channel></rss>
            """;
        var source = new FeedSource("https://toot.example/tags/selfhosting.rss");
        var (_, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        return articles;
    }

    [Fact]
    public async Task AFirstParagraphHeadline_ShouldGetNoEllipsis()
    {
        var articles = await Ingest("""
            <item><link>https://toot.example/@ann/1</link><description>&lt;p&gt;My weekend project is finally done&lt;/p&gt;&lt;p&gt;I rebuilt the garage rack with three small servers, a managed switch and a shelf of disks, and wrote up every step.&lt;/p&gt;</description></item>
            <item><link>https://toot.example/@bo/2</link><description>&lt;p&gt;Our meetup moved to a bigger room this month. Bring a laptop if you want to follow the workshop on container networking.&lt;/p&gt;</description></item>
            """);
        Assert.Equal("My weekend project is finally done", articles[0].Title);
    }

    [Theory]
    [InlineData("Scaling Pods Safely with the New Memory Throttling Setting Read more: https://blog.example.com/scaling-pods-safely-1a2b3c", "Scaling Pods Safely with the New Memory Throttling Setting")]
    [InlineData("Mesh API v2.0: Stable Release - https://mesh.example.io/blog/2024/mesh-api-stable/ #ServiceMesh", "Mesh API v2.0: Stable Release")]
    public void ABridgedTitle_ShouldLoseTheAddressItClosesWith(string title, string expected)
        => Assert.Equal(expected, TitleText.Read(title, TitleKind.Either));

    [Fact]
    public void AQuestionAboutAnAddress_ShouldKeepIt()
        => Assert.Equal("Has anyone tried hosting on https://tiny.example.dev", TitleText.Read("Has anyone tried hosting on https://tiny.example.dev", TitleKind.Either));

    private static Article Titled(string title, string html)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes($"""
            <rss version="2.0"><channel><title>reblogs</title><link>https://reblogs.example/</link>
            <item><title>{title}</title><link>https://reblogs.example/1</link><description><![CDATA[{html}]]></description></item>
            </channel></rss>
            """), new Uri("https://reblogs.example/feed.xml"));
        return ArticleNormalizer.ToArticleOrNull(feed.Items[0], new FeedSource("https://reblogs.example/feed.xml"), feed.Title, feed.Link)!;
    }

    [Fact]
    public void AHeadlineInCapitalsTheTextRepeats_ShouldBeRecasedWhole()
        => Assert.Equal("Mira Took Home Best Score at the Indie Festival!!!",
            Titled("MIRA TOOK HOME BEST SCORE AT THE INDIE FESTIVAL!!!", "<p>someone:</p><blockquote><p>MIRA TOOK HOME BEST SCORE AT THE INDIE FESTIVAL!!!</p></blockquote><p>so proud of her</p>").Title);

    [Fact]
    public void AnAcronymTheTextWritesInCapitals_ShouldStay()
        => Assert.Equal("New GPU Cluster Opens for University Research",
            Titled("NEW GPU CLUSTER OPENS FOR UNIVERSITY RESEARCH", "<p>The GPU cluster is open to every research group from Monday.</p>").Title);
}
