using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A news aggregator's item (Google News, Bing News): the headline carries the publisher its &lt;source&gt; names, and a
/// story's coverage list sets each outlet's name apart by spacing and grey type alone (twenty-fourth held-out review, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class NewsAggregatorItemTests
{
    private const string Coverage =
        "&lt;ol&gt;&lt;li&gt;&lt;a href=\"https://news.google.com/rss/articles/A1?oc=5\"&gt;TCS arm HyperVault to invest ₹70,000 crore in an AI data centre campus&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color=\"#6f6f6f\"&gt;ET Manufacturing&lt;/font&gt;&lt;/li&gt;"
        + "&lt;li&gt;&lt;a href=\"https://news.google.com/rss/articles/A2?oc=5\"&gt;India's TCS unit to invest up to $7.4 billion in AI data center campus&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color=\"#6f6f6f\"&gt;Reuters&lt;/font&gt;&lt;/li&gt;"
        + "&lt;li&gt;&lt;a href=\"https://news.google.com/rss/articles/A3?oc=5\"&gt;Telangana and TCS announce an AI data centre in Future City&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color=\"#6f6f6f\"&gt;The Hindu&lt;/font&gt;&lt;/li&gt;"
        + "&lt;li&gt;&lt;a href=\"https://news.google.com/rss/articles/A4?oc=5\"&gt;TCS plans a one-gigawatt data center in southern India&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color=\"#6f6f6f\"&gt;Bloomberg.com&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;";

    private static Article Item(string title, string? source, string description)
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>"TCS" - Google News</title><link>https://news.google.com/search?q=TCS</link>
            <item><title>{title}</title><link>https://news.google.com/rss/articles/A1?oc=5</link><pubDate>Sat, 05 Sep 2026 11:16:09 GMT</pubDate>
            <description>{description}</description>{(source is null ? "" : $"<source url=\"https://manufacturing.economictimes.indiatimes.com\">{source}</source>")}</item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://news.google.com/rss/search?q=TCS"));
        return ArticleNormalizer.ToArticle(feed.Items.Single(), new FeedSource("https://news.google.com/rss/search?q=TCS"), feed.Title);
    }

    [Fact]
    public void Headline_ShouldLoseThePublisherItsSourceNames_AndThePublisherIsTheByline()
    {
        var article = Item("TCS arm HyperVault to invest ₹70,000 crore in an AI data centre campus - ET Manufacturing", "ET Manufacturing", Coverage);
        Assert.Equal("TCS arm HyperVault to invest ₹70,000 crore in an AI data centre campus", article.Title);
        Assert.Equal("ET Manufacturing", article.Author);
    }

    [Theory]
    // No <source>, another name, a title that is the name and little else: the title stays as written.
    [InlineData("Kubernetes 1.31 - Reuters", null)]
    [InlineData("Why we left the cloud - Reuters", "Bloomberg.com")]
    [InlineData("AI - Reuters", "Reuters")]
    // The name inside a word, not after a spaced dash.
    [InlineData("Chips from ET-Reuters", "Reuters")]
    public void Headline_ShouldKeepAnyOtherEnding(string title, string? source)
        => Assert.Equal(title, Item(title, source, "<p>Text.</p>").Title);

    [Fact]
    public void CoverageList_ShouldKeepEachOutletApart_AndTheSummaryShouldNotRepeatTheHeadline()
    {
        var article = Item("TCS arm HyperVault to invest ₹70,000 crore in an AI data centre campus - ET Manufacturing", "ET Manufacturing", Coverage);
        Assert.Contains("India's TCS unit to invest up to $7.4 billion in AI data center campus (Reuters)", article.Text);
        Assert.DoesNotContain("campus Reuters", article.Text);
        var summary = Summarizer.Summarize(article.Title, article.Text, null, "", 3, "en").Text;
        Assert.StartsWith("India's TCS unit to invest up to $7.4 billion in AI data center campus (Reuters);", summary);
        Assert.DoesNotContain("ET Manufacturing", summary);
        Assert.True(summary.EndsWith("(Bloomberg.com).", StringComparison.Ordinal), summary);
    }
}
