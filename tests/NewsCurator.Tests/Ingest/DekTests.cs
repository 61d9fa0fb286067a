using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>The shorter of an item's two texts stays as its description: a one-line dek under a longer teaser is the author's own summary (tenth held-out review, F3).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DekTests
{
    [Fact]
    public void ShortContentUnderALongerDescription_ShouldStayAsTheDescription()
    {
        const string dek = "Learn how to use cherry-pick in the desktop client to move commits between branches.";
        const string teaser = "Introduction. In software development, version control is crucial for maintaining code integrity and facilitating collaboration between the many people who change one code base every day.";

        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "Cherry-pick in the desktop client", Link = "https://blog.example.org/cherry-pick",
            ContentHtml = $"<p>{dek}</p>", SummaryHtml = $"<p>{teaser}</p>" }, new FeedSource("https://blog.example.org/rss.xml"), "Example");

        Assert.Equal(teaser, article.Text);
        Assert.Equal(dek, article.Description);
    }
}
