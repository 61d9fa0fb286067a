using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A section's address whose query or fragment names one item is that item's, not the section's: a product's month of
/// updates at "/updates#2025-06" and a WordPress post at "/blog/?p=812" were dropped as section pages (review 48, R4). A
/// tracking query or a "#comments" anchor names no item: the section stays a section.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SectionAddressWithItsItemTests
{
    private static readonly string Text = string.Join(' ', Enumerable.Repeat("This month the editor gained split panes, faster search across projects and a new export to PDF.", 4));

    private static (string Rule, string Reason)? Check(string title, string link)
        => new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(
            new Article { Id = "a", FeedUrl = "https://docsapp.example/feed.xml", Title = title, Text = Text, Link = link, Language = "en" });

    [Theory]
    [InlineData("June 2025 updates", "https://docsapp.example/updates#2025-06")]
    [InlineData("Product updates", "https://docsapp.example/updates#june-2025")]
    [InlineData("Q2 product updates", "https://docsapp.example/blog/?p=812")]
    [InlineData("Company news", "https://docsapp.example/news/?id=77")]
    public void AnItemAtASectionsAddressWithItsOwnQueryOrFragment_ShouldStayAStory(string title, string link)
        => Assert.Null(Check(title, link));

    [Theory]
    [InlineData("News | Docsapp", "https://docsapp.example/news/?utm_source=rss&utm_medium=feed")]
    [InlineData("Product updates", "https://docsapp.example/updates#comments")]
    [InlineData("Blogs | Docsapp", "https://docsapp.example/blog/")]
    public void ASectionAtItsOwnAddress_ShouldStayASectionPage(string title, string link)
        => Assert.Equal("site_page", Check(title, link)?.Rule);
}
