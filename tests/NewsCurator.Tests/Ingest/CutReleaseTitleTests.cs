using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A title its host cut with an ellipsis, its rest opening the text ("... on a multi…" and "…byte locale"), is joined
/// whole; a tag repeated before the version the title names again goes (held-out review 82, F4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CutReleaseTitleTests
{
    private static Article Release(string title, string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://forge.example/ed/ed/releases/tag/v9.1.0420", ContentHtml = html },
            new FeedSource("https://forge.example/ed/ed/releases.atom"), "Release notes from ed");

    [Fact]
    public void ACutTitleWhoseRestOpensTheText_ShouldBeJoined_WithoutItsTagTwice()
    {
        var article = Release("v9.1.0420: patch 9.1.0420: wrong column shown for a wide character in a multi…",
            "<p>…byte locale<br>Problem: the ruler counts bytes, not cells.<br>Solution: count display cells. (Jane Doe, closes #1234)</p>");

        Assert.Equal("patch 9.1.0420: wrong column shown for a wide character in a multibyte locale", article.Title);
        Assert.StartsWith("Problem: the ruler counts bytes", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A teaser whose text opens on its own ellipsis, after a space: both stay.
    [InlineData("Why the build broke on Friday …", "<p>… and what we changed so it cannot happen again.</p>", "Why the build broke on Friday …")]
    // A tag before a title that names another version, or none: the tag stays.
    [InlineData("v2.0: the new parser", "<p>The parser rewrite is done.</p>", "v2.0: the new parser")]
    [InlineData("2024.1: 2024.1.3 fixes", "<p>Three fixes.</p>", "2024.1: 2024.1.3 fixes")]
    public void OtherTitles_ShouldStay(string title, string html, string expected)
        => Assert.Equal(expected, Release(title, html).Title);
}
