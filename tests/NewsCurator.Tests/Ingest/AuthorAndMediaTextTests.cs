using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>What a feed writes that names nobody or says nothing (tenth held-out review, lesser notes).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AuthorAndMediaTextTests
{
    [Theory]
    [InlineData("Unknown")]
    [InlineData("admin")]
    [InlineData("{\"first_name\"=>\"Niek\", \"last_name\"=>\"Palm\", \"github\"=>\"npalm\"}")]
    [InlineData("{\"name\": \"Ada\"}")]
    [InlineData("   ")]
    public void AuthorThatNamesNobody_ShouldBeNull(string author)
        => Assert.Null(ArticleNormalizer.AuthorName(author));

    [Theory]
    [InlineData("Niek Palm", "Niek Palm")]
    [InlineData("  Ada   Lovelace ", "Ada Lovelace")]
    public void AuthorsName_ShouldStay(string author, string expected)
        => Assert.Equal(expected, ArticleNormalizer.AuthorName(author));

    [Fact]
    public void VideoFallbackText_ShouldNotReachTheText()
    {
        var text = HtmlText.ToPlainText("<div><video controls><source src=\"a.mp4\">Your browser does not support the video tag.</video></div><p>The website explains how to build the module.</p>");

        Assert.Equal("The website explains how to build the module.", text);
    }
}
