using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit54;

/// <summary>
/// Hostile-input audit 54: <c>SitePages.ListingPage</c> (session 48) calls an item a section page where its address is
/// a topic section's ("/tag/x", "/category/x") and its title ends on a listing's word ("... updates", "... press"). A
/// site that files its posts under a section's word keeps the story's slug there: the slug repeats the headline, and a
/// headline that ends on "updates" or "press" is a story, not the name of a section.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit54SitePageTests
{
    private static Article Item(string title, string link)
        => new() { Id = "a", FeedUrl = "https://www.example.com/feed", Title = title, Link = link,
                   Text = "Apple said on Friday that its upgraded assistant will take longer than expected to ship, pushing the features into next year." };

    [Theory]
    [InlineData("Apple delays Siri updates", "https://www.example.com/tag/apple-delays-siri-updates")]
    [InlineData("Trump's war on the press", "https://www.example.com/category/trumps-war-on-the-press")]
    public void AStoryWhoseSlugRepeatsItsHeadline_UnderATopicSection_IsNoSectionPage(string title, string link)
        => Assert.Null(SitePages.Of(Item(title, link)));
}
