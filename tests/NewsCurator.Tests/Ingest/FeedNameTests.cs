using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>A taxonomy feed's stories are credited to the site, not "nlp on Lil'Log" (sixth held-out review, F12).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedNameTests
{
    [Theory]
    [InlineData(null, "nlp on Lil'Log", "https://lilianweng.github.io/tags/nlp/index.xml", "Lil'Log")]
    [InlineData(null, "Language Model on Lil'Log", "https://lilianweng.github.io/tags/language-model/index.xml", "Lil'Log")]
    [InlineData(null, "Rust on Example Blog", "https://example.org/categories/rust/feed/", "Example Blog")]
    // No taxonomy term in the address, or another term: the title is the feed's own.
    [InlineData(null, "Notes on Rust", "https://example.org/feed.xml", "Notes on Rust")]
    [InlineData(null, "Thoughts on Swift", "https://example.org/tags/rust/index.xml", "Thoughts on Swift")]
    [InlineData(null, null, "https://example.org/feed.xml", null)]
    [InlineData(null, "nlp on Lil'Log", "file:///copies/lilianweng-nlp.xml", "nlp on Lil'Log")]
    // The operator's name for the feed wins.
    [InlineData("Lilian Weng", "nlp on Lil'Log", "https://lilianweng.github.io/tags/nlp/index.xml", "Lilian Weng")]
    public void FeedName_ShouldCreditTheSite_ForATaxonomyFeed(string? operatorTitle, string? feedTitle, string url, string? expected)
        => Assert.Equal(expected, FeedName.Of(operatorTitle, feedTitle, url));

    [Fact]
    public void FeedName_ShouldReadTheTermFromTheHomeLink_WhenTheFeedsAddressNamesNone()
        => Assert.Equal("Lil'Log", FeedName.Of(null, "nlp on Lil'Log", "file:///copies/lilianweng-nlp.xml", "https://lilianweng.github.io/tags/nlp/"));

    [Theory]
    [InlineData("MacRumors: Mac News and Rumors - Front Page", "http://www.macrumors.com", "MacRumors")]
    [InlineData("Ars Technica - All content", "https://arstechnica.com/", "Ars Technica")]
    [InlineData("The Verge | All Posts", "https://www.theverge.com/rss/index.xml", "The Verge")]
    // A first part the site's address does not spell stays with the rest.
    [InlineData("Hacker News: Front Page", "https://news.ycombinator.com/", "Hacker News: Front Page")]
    [InlineData("Engineering - Example Corp", "https://example.com/blog", "Engineering - Example Corp")]
    [InlineData("Ars Technica - Science", "https://arstechnica.com/science/", "Ars Technica - Science")]
    [InlineData("MacRumors: Mac News and Rumors - Front Page", "file:///copies/macrumors.xml", "MacRumors: Mac News and Rumors - Front Page")]
    public void FeedName_ShouldDropATagline_AfterTheSitesOwnName(string feedTitle, string address, string expected)
        => Assert.Equal(expected, FeedName.Of(null, feedTitle, address));

    /// <summary>Hugo's home page and post sections title their feeds "Home on SITE" (ninth held-out review: "Home on Beachgeek blog - a refuge for pineapple on pizza lovers").</summary>
    [Theory]
    [InlineData("Home on Beachgeek blog - a refuge for pineapple on pizza lovers", "file:///copies/beachgeek.xml", "https://blog.beachgeek.co.uk/", "Beachgeek blog")]
    [InlineData("Home on Beachgeek blog - a refuge for pineapple on pizza lovers", "https://blog.beachgeek.co.uk/index.xml", "https://blog.beachgeek.co.uk/", "Beachgeek blog")]
    [InlineData("Posts on Jane Doe", "https://janedoe.dev/posts/index.xml", "https://janedoe.dev/posts/", "Jane Doe")]
    [InlineData("Blog on Example Corp Engineering", "file:///copies/example.xml", null, "Example Corp Engineering")]
    [InlineData("Home on ninoseki.github.io", "file:///copies/ninoseki.xml", null, "ninoseki.github.io")]
    // Titles, not a home section: they stay.
    [InlineData("Home on the Range", "https://example.org/feed.xml", null, "Home on the Range")]
    [InlineData("Notes on Rust", "https://example.org/feed.xml", null, "Notes on Rust")]
    [InlineData("Rust on Example Blog", "https://example.org/rust/index.xml", null, "Rust on Example Blog")]
    [InlineData("home on Example", "https://example.org/feed.xml", null, "home on Example")]
    public void FeedName_ShouldCreditTheSite_ForAHugoHomeOrPostsFeed(string feedTitle, string url, string? home, string expected)
        => Assert.Equal(expected, FeedName.Of(null, feedTitle, url, home));

    /// <summary>A slogan after the site's name is no part of the credit, whatever the address; a name after a dash is.</summary>
    [Theory]
    [InlineData("Beachgeek blog - a refuge for pineapple on pizza lovers", "Beachgeek blog")]
    [InlineData("Julia Evans | the blog of a programmer who likes zines", "Julia Evans")]
    [InlineData("Daring Fireball — your daily dose of Apple news", "Daring Fireball")]
    [InlineData("Jane's Notes - where I write about distributed systems", "Jane's Notes")]
    [InlineData("Example Dev - thoughts on programming and life", "Example Dev")]
    [InlineData("Ars Technica - all content", "Ars Technica")]
    // Names, sections and short qualifiers after a dash stay.
    [InlineData("Hacker News - Best", "Hacker News - Best")]
    [InlineData("Dev - Community", "Dev - Community")]
    [InlineData("Ars Technica - Science", "Ars Technica - Science")]
    [InlineData("Engineering - Example Corp", "Engineering - Example Corp")]
    [InlineData("Apple Dev | iOS development news", "Apple Dev | iOS development news")]
    [InlineData("Rust: the book", "Rust: the book")]
    [InlineData("Foo - the", "Foo - the")]
    [InlineData("Ai Talks - Startup Playbooks", "Ai Talks - Startup Playbooks")]
    [InlineData("A - the letter of the week", "A - the letter of the week")]
    public void FeedName_ShouldDropADescriptiveTagline_AndKeepANameAfterADash(string feedTitle, string expected)
        => Assert.Equal(expected, FeedName.Of(null, feedTitle, "https://feeds.example.net/feed.xml"));
}
