using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 91, F1: a feed that gives each story as its first paragraph, whole, then "..." had every text read as cut:
/// its short stories were dropped for length and its kept ones summarised from a clipped preview. Its dots are its stops; a
/// teaser feed's cuts (at one length, or on a word that leads on) stay cuts.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReadMoreDotsTests
{
    private static List<Article> Feed(params string[] texts)
        => [.. texts.Select((t, i) => ArticleNormalizer.ToArticle(new ParsedItem { Title = $"Kernel story number {i} lands this week", Link = $"https://kernel.example.com/{i}", SummaryHtml = $"<p>{t}</p>" },
            new FeedSource("https://kernel.example.com/rss"), "Kernel News"))];

    [Fact]
    public void FirstParagraphsEndingInReadMoreDots_ShouldEndOnTheirStop()
    {
        var mended = ReadMoreDots.Mend(Feed(
            "Among all the scheduler changes merged for the next kernel there is one notable RISC-V addition this cycle...",
            "The open-source graphics driver picked up support for two more laptop panels along with a fix for suspend and resume on older chips that had been broken since spring...",
            "A new file-system option merged today lets administrators trade a little write speed for far fewer fragmented extents on flash storage...",
            "The compiler's developers ended work on the experimental quantum backend that was meant to add optimisation passes to the SDK…"));

        Assert.All(mended, a => Assert.EndsWith(".", a.Text, StringComparison.Ordinal));
        Assert.All(mended, a => Assert.False(a.Text.EndsWith("..", StringComparison.Ordinal) || a.Text.EndsWith('…')));
        Assert.All(mended, a => Assert.True(a.IsTeaser));
        Assert.EndsWith("addition this cycle.", mended[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TeasersCutAtOneLength_ShouldKeepTheirMarks()
    {
        // A cutter's one length: every text the same size, cut mid-word.
        var texts = new[]
        {
            "The handheld maker confirmed a firmware update that fixes the fan curve and the clock instabi...",
            "Its new graphics card arrives next month with more memory and a quieter cooler than its predecesso...",
            "The benchmark suite gained a new ray-tracing scene that stresses memory bandwidth more than computa...",
        };
        var feed = Feed(texts);
        Assert.Equal(feed.Select(a => a.Text), ReadMoreDots.Mend(feed).Select(a => a.Text));
    }

    [Fact]
    public void TeasersCutOnAWordThatLeadsOn_ShouldKeepTheirMarks()
    {
        var feed = Feed(
            "The startup raised a seed round led by two funds in December. Fresh off…",
            "The payments company filed its draft papers for a listing, with the issue getting subscribed on…",
            "The logistics firm posted its results for the year, reporting a loss for the third year running, and widened its losses with…");
        Assert.Equal(feed.Select(a => a.Text), ReadMoreDots.Mend(feed).Select(a => a.Text));
    }
}
