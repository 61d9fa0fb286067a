using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>A site generator's sample post or a page of Lorem ipsum is no story (tenth held-out review, F4).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PlaceholderPostsTests
{
    private static Article Item(string title, string text)
        => new() { Id = "a", FeedUrl = "https://blog.example.org/rss.xml", Title = title, Text = text, Link = "https://blog.example.org/welcome", Language = "en" };

    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("The new site has a home page, an archive and an about page.", 6));

    [Theory]
    [InlineData("Hello world!", "Welcome to WordPress. This is your first post. Edit or delete it, then start writing!")]
    [InlineData("Welcome", "Docusaurus blogging features are powered by the blog plugin. Simply add Markdown files (or folders) to the blog directory.")]
    [InlineData("Welcome to Jekyll!", "You’ll find this post in your _posts directory. Go ahead and edit it and re-build the site to see your changes.")]
    [InlineData("Hello World", "Welcome to Hexo! This is your very first post. Check documentation for more info.")]
    public void SamplePost_ShouldBeDroppedAsAPlaceholder(string title, string opening)
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

        var verdict = rules.CheckContent(Item(title, opening + "\n" + Filler));

        Assert.Equal("placeholder", verdict?.Rule);
        Assert.Contains("sample post", verdict?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LoremIpsum_ShouldBeAPlaceholder()
    {
        var text = "This is the opening of my post. " + string.Join(' ', Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.", 5));

        Assert.Contains("placeholder text", PlaceholderPosts.Of(Item("Long Blog Post", text)), StringComparison.Ordinal);
    }

    [Fact]
    public void PostThatQuotesLoremIpsum_ShouldStay()
    {
        var text = "Designers have filled mock-ups with \"Lorem ipsum dolor sit amet\" since the 1500s, when a printer scrambled a passage of Cicero. " +
                   "Our new layout engine replaces it with text drawn from the site's own articles, so that reviewers judge a page by what it will really say. " + Filler;

        Assert.Null(PlaceholderPosts.Of(Item("Why we stopped using Lorem ipsum", text)));
    }

    [Fact]
    public void PostAboutWordPress_ShouldStay()
        => Assert.Null(PlaceholderPosts.Of(Item("WordPress 6.7 is out", "WordPress 6.7 ships a new default theme and faster block editing. " + Filler)));
}
