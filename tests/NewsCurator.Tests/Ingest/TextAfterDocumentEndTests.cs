using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Text after the root's end tag (a proxy's banner, a debug print) leaves a complete document: the feed is read, with a
/// warning, not counted failed (held-out review 82, F6). A break inside the root stays an error.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TextAfterDocumentEndTests
{
    private const string Releases = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <id>tag:forge.example,2008:https://forge.example/acme/widget/releases</id>
          <title>Release notes from widget</title>
          <updated>2024-05-02T10:00:00Z</updated>
          <entry>
            <id>tag:forge.example,2008:Repository/1/v2.4.0</id>
            <updated>2024-05-02T10:00:00Z</updated>
            <link rel="alternate" type="text/html" href="https://forge.example/acme/widget/releases/tag/v2.4.0"/>
            <title>widget v2.4.0</title>
            <content type="html">&lt;p&gt;Adds a streaming decoder and drops support for the old config format.&lt;/p&gt;</content>
          </entry>
          <entry>
            <id>tag:forge.example,2008:Repository/1/v2.3.1</id>
            <updated>2024-04-11T10:00:00Z</updated>
            <link rel="alternate" type="text/html" href="https://forge.example/acme/widget/releases/tag/v2.3.1"/>
            <title>widget v2.3.1</title>
            <content type="html">&lt;p&gt;Fixes a crash when the cache directory is missing.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://forge.example/acme/widget/releases.atom"));

    [Theory]
    [InlineData("\ncached by edge-proxy 3.1 in 12 ms\n")]
    [InlineData("\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>again</title></feed>")]
    public void TextAfterTheRootsEnd_ShouldLeaveTheFeedOk_WithAWarning(string junk)
    {
        var feed = Parse(Releases + junk);
        Assert.Null(feed.Error);
        Assert.Equal(2, feed.Items.Count);
        Assert.Contains(feed.Warnings, w => w.StartsWith("text after the document's end", StringComparison.Ordinal) && w.Contains("all 2 items", StringComparison.Ordinal));
    }

    [Fact]
    public void ABreakInsideTheRoot_ShouldStayAnError()
    {
        var cut = Releases[..Releases.IndexOf("  <entry>\n    <id>tag:forge.example,2008:Repository/1/v2.3.1", StringComparison.Ordinal)] + "  <entry><title>widget v2.3.1</title>\n cached by edge-proxy";
        var feed = Parse(cut);
        Assert.NotNull(feed.Error);
        Assert.Contains("document breaks", feed.Error, StringComparison.Ordinal);
        Assert.Single(feed.Items);
    }
}
