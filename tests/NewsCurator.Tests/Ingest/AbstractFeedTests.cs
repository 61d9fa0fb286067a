using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 87, F8: a feed whose generator writes each item as the post's abstract (a few whole paragraphs of 66 to 266
/// words) printed "1 min read" for posts of thousands of words. The feed names its generator; a generator that gives the
/// whole post, or whose feed carries a post past an abstract's length, keeps its reading times.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AbstractFeedTests
{
    private static NewsCurator.Model.Article Words(int count)
        => new() { Id = count.ToString(System.Globalization.CultureInfo.InvariantCulture), FeedUrl = "https://lab.example.org/feed.xml", Title = "Post",
                   Text = string.Join(' ', Enumerable.Repeat("word", count - 1)) + " end." };

    private static readonly NewsCurator.Model.Article[] Abstracts = [Words(66), Words(101), Words(138), Words(196), Words(266)];

    [Fact]
    public void AnAbstractGeneratorsItems_ShouldBeExcerpts()
    {
        Assert.True(IngestStage.GivesAbstracts("MkDocs RSS plugin - v1.19.0", Abstracts));
        // Longer than a generator's summaries: the word counts alone do not tell them from short posts.
        Assert.False(IngestStage.GivesSummaries(Abstracts));
    }

    // What must not change: the same lengths from another generator, or the abstract generator set to give whole posts.
    [Fact]
    public void FullPostsOrAnotherGenerator_ShouldKeepTheirReadingTime()
    {
        Assert.False(IngestStage.GivesAbstracts("Hugo", Abstracts));
        Assert.False(IngestStage.GivesAbstracts(null, Abstracts));
        Assert.False(IngestStage.GivesAbstracts("MkDocs RSS plugin - v1.17.1", [.. Abstracts, Words(1800)]));
    }

    [Fact]
    public void TheFeedsGenerator_ShouldBeRead()
    {
        const string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lab</title><link>https://lab.example.org/</link>" +
                           "<generator>MkDocs RSS plugin - v1.19.0</generator><item><title>A</title><link>https://lab.example.org/a/</link>" +
                           "<description>Text.</description></item></channel></rss>";
        Assert.Equal("MkDocs RSS plugin - v1.19.0", FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://lab.example.org/feed.xml")).Generator);
    }
}
