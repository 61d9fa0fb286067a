using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 100, F3: in a feed whose habit is the first paragraph and read-more dots, a review's intro that happened
/// to close on a full stop was called a full story and led the issue over the top-ranked one, which the issue could give only
/// as a teaser. The feed's habit makes it a teaser too; a text far longer than the feed's teasers is a whole post.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UndottedTextInReadMoreFeedTests
{
    private static readonly string[] Dotted =
    [
        "The scheduler changes for the next kernel were merged this week with one notable addition for large servers...",
        "The open-source graphics driver picked up support for two more laptop panels along with a fix for suspend and resume on older chips that had been broken since spring...",
        "A new file-system option merged today lets administrators trade a little write speed for far fewer fragmented extents on flash storage, and early numbers look promising...",
        "The compiler's developers ended work on the experimental backend that was meant to add optimisation passes for the vector units of the newest processors. "
            + "The code will stay in the tree for another release, but no one is left to maintain it, and the project's leads asked downstream packagers to stop building it...",
    ];

    private static List<Article> Feed(params string[] texts)
        => [.. texts.Select((t, i) => ArticleNormalizer.ToArticle(new ParsedItem { Title = $"Hardware story number {i} lands this week", Link = $"https://hw.example.com/{i}", SummaryHtml = $"<p>{t}</p>" },
            new FeedSource("https://hw.example.com/rss"), "Hardware News"))];

    [Fact]
    public void AnIntroEndingOnAStop_AmongDottedIntros_ShouldBeATeaser()
    {
        const string review = "Today the embargo lifts on the new low-power server processor, a sixteen-core part rated at sixty-five watts for small "
            + "businesses and edge deployments. Over the past weeks I have been testing it in a compact server board against the previous "
            + "generation and the competing parts in the same power class. Here are the first results for those shopping for an efficient "
            + "server platform that still clearly beats the competition.";
        Assert.False(NewsCurator.Enhance.Excerpt.Is(review));
        var mended = ReadMoreDots.Mend(Feed([.. Dotted, review]));
        Assert.True(mended[^1].IsTeaser);
        Assert.Equal(review, mended[^1].Text);
    }

    [Fact]
    public void AWholePostFarLongerThanTheTeasers_ShouldNotBeATeaser()
    {
        var post = string.Join(' ', Enumerable.Repeat("The maintainers explained every change of the release in detail, with benchmarks and the commands to try it yourself.", 8));
        var mended = ReadMoreDots.Mend(Feed([.. Dotted, post]));
        Assert.False(mended[^1].IsTeaser);
    }
}
