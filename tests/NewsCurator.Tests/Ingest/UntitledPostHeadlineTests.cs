using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A micro-post without a title is headed by its opening's whole sentences, as many as fit a headline, not by 120
/// characters cut mid-sentence; a fediverse repost's credit line heads nothing (thirty-fifth held-out review, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UntitledPostHeadlineTests
{
    private static Article Untitled(string html)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes($"""
            <rss version="2.0"><channel><title>micro</title><link>https://micro.example/</link>
            <item><title></title><link>https://micro.example/1</link><description><![CDATA[{html}]]></description></item>
            </channel></rss>
            """), new Uri("https://micro.example/feed.xml"));
        return ArticleNormalizer.ToArticleOrNull(feed.Items[0], new FeedSource("https://micro.example/feed.xml"), feed.Title, feed.Link)!;
    }

    [Fact]
    public void ShortSentences_ShouldHeadThePostWhole_AsManyAsFit()
    {
        Assert.Equal("Ah yes. Classic Claude Code. Why do the actual work when you simply can mark the task as completed?",
            Untitled("<p>Ah yes. Classic Claude Code. Why do the actual work when you simply can mark the task as completed? It keeps doing that to every long task I give it, and I keep catching it.</p>").Title);
        // The sentence after them runs past a headline (an emoji glues two): they stand alone rather than be cut mid-sentence.
        Assert.Equal("Ah yes. Classic Claude Code.",
            Untitled("<p>Ah yes. Classic Claude Code. Why do the actual work when you simply can mark the task as completed. 🤣 It keeps doing that to every long task I give it.</p>").Title);
    }

    [Fact]
    public void ARepostsCreditLine_ShouldHeadNothing()
        => Assert.Equal("Just pushed Mythos Theme v1.2.1!",
            Untitled("<p>Post by @Mtt@mastodon.social</p><blockquote><p>Just pushed Mythos Theme v1.2.1! Fixed an internationalization issue where dates remained in English regardless of language settings.</p></blockquote>").Title);

    [Fact]
    public void OneLongSentence_ShouldStillBeCutAtAWord()
    {
        var title = Untitled("<p>Refactoring once again and that is really the one thing I have yet to figure out how to guide the model during creation to not just dump everything into the main file of the project</p>").Title;
        Assert.True(title.Length <= 121, title);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
    }
}
