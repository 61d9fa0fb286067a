using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A shell prompt or a web address is no feed's name (eleventh held-out review, F8: a theme's placeholder title
/// "~$ cd /Home/ https://..." was printed as "Read at ~$ cd /Home/ https://... →" and kept as the feed's name).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedNameAddressTests
{
    [Theory]
    // A prompt names nothing, whatever follows it.
    [InlineData("~$ cd /Home/ https://someone.github.io/site/", null)]
    [InlineData("$ whoami", null)]
    [InlineData("user@host:~$", null)]
    [InlineData("root@box:/srv# ls", null)]
    [InlineData("> tail -f notes", null)]
    // An address alone, or with nothing a name is made of, is no name.
    [InlineData("https://jane.dev", null)]
    [InlineData("  http://jane.dev/blog/  ", null)]
    [InlineData("www.jane.dev", null)]
    [InlineData("~ https://jane.dev ~", null)]
    // Words around an address are the name; the address and what held it go.
    [InlineData("Jane's blog https://jane.dev", "Jane's blog")]
    // Thirty-ninth held-out review, F2: a generator's labels and a query are no name; a site's address before its section names it.
    [InlineData("Archive: 2026 - GitHub Changelog", "GitHub Changelog")]
    [InlineData("Archives - The Cloudflare Blog", "The Cloudflare Blog")]
    [InlineData("arXiv Query: search_query=cat:cs.RO&id_list=&start=0&max_results=3", "arXiv")]
    [InlineData("www.espn.com - SOCCER", "espn.com - SOCCER")]
    [InlineData("Archive of Our Own", "Archive of Our Own")]
    [InlineData("Tag - Team news", "Tag - Team news")]
    [InlineData("Jane's blog (https://jane.dev)", "Jane's blog")]
    [InlineData("Jane's blog - https://jane.dev/", "Jane's blog")]
    [InlineData("https://jane.dev | Jane's blog", "Jane's blog")]
    [InlineData("Notes from <https://jane.dev> on Rust", "Notes from on Rust")]
    // Names that only look a little like either stay as written.
    [InlineData("$5 Deals Daily", "$5 Deals Daily")]
    [InlineData("ninoseki.github.io", "ninoseki.github.io")]
    [InlineData("Jane Doe <jane@example.org>", "Jane Doe <jane@example.org>")]
    [InlineData("C# Weekly", "C# Weekly")]
    [InlineData("Ars Technica - Science", "Ars Technica - Science")]
    public void AFeedsOwnTitle_ShouldLoseAnAddress_AndBeNoNameWhenItIsAPrompt(string title, string? expected)
        => Assert.Equal(expected, FeedName.Of(null, title, "https://feeds.example.org/feed.xml"));

    [Fact]
    public void AnOutlineTitledWithItsAddress_ShouldGiveWayToTheFeedsOwnTitle()
    {
        Assert.Equal("Jane's blog", FeedName.Of("https://jane.dev/feed.xml", "Jane's blog", "https://jane.dev/feed.xml"));
        Assert.Equal("Jane at work", FeedName.Of("Jane at work", "Jane's blog", "https://jane.dev/feed.xml"));
    }

    [Theory]
    [InlineData("~$ cd /Home/ https://someone.github.io/research.github.io/", "https://someone.github.io/research.github.io", "someone.github.io")]
    [InlineData("https://www.jane.dev/", "https://www.jane.dev/", "jane.dev")]
    [InlineData("Jane's blog https://jane.dev", "https://jane.dev/", "Jane's blog")]
    public void AStoryWhoseFeedNamesNothing_ShouldBeCreditedToTheSiteOfItsHomeLink(string feedTitle, string home, string expected)
    {
        // The name as Ingest gives it, and as the renderer reads an article stored before this rule.
        var named = FeedName.Of(null, feedTitle, "https://feeds.example.org/feed.json", home);
        Assert.Equal(expected, NewsletterRenderer.SourceName(Story(named, home)));
        Assert.Equal(expected, NewsletterRenderer.SourceName(Story(feedTitle, home)));
    }

    [Fact]
    public async Task AJsonFeedTitledWithAPrompt_ShouldBeIngestedWithoutAName_AndCreditedToItsSite()
    {
        const string document = """
            {"version":"https://jsonfeed.org/version/1","title":"~$ cd /Home/ https://someone.github.io/research.github.io/",
             "home_page_url":"https://someone.github.io/research.github.io",
             "items":[{"id":"1","url":"https://someone.github.io/research.github.io/about.html","title":"About us","content_text":"We study things."}]}
            """;
        var (outcome, articles) = await StaticFetcher.IngestAsync(new FeedSource("https://someone.github.io/research.github.io/feed.json"), document);
        Assert.Null(outcome.FeedTitle);
        var article = Assert.Single(articles);
        Assert.Null(article.FeedTitle);
        Assert.Equal("someone.github.io", NewsletterRenderer.SourceName(article));
    }

    private static Article Story(string? feedTitle, string home)
        => new() { Id = "a", FeedUrl = "https://feeds.example.org/feed.json", FeedTitle = feedTitle, FeedHome = home, Title = "About us", Link = home + "/about.html" };
}
