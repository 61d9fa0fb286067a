using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed whose name opens on a common word ("The ...") and a text that opens on its headline's own sentence: that word alone is
/// no site name, and the headline's sentence, often the only one that says who did what, stays (review 48, R5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SiteNameFirstWordTests
{
    private const string Title = "Apache Foundation starts an open robotics simulation project";

    private static Article Item(string text, string feedTitle)
        => new() { Id = "a", FeedUrl = "https://robots.example.org/feed", FeedTitle = feedTitle, Title = Title, Text = text, Link = "https://robots.example.org/sim" };

    [Theory]
    [InlineData("The Apache Foundation starts an open robotics simulation project. It will host physics engines and scene formats under one roof.", "The Automation Digest")]
    [InlineData("The Apache Foundation starts an open robotics simulation project. It will host physics engines and scene formats under one roof.", "The Digest")]
    public void AHeadlineSentenceAfterACommonWord_ShouldStay(string text, string feedTitle)
        => Assert.Equal(text, SiteNameOpening.Strip(Item(text, feedTitle)).Text);

    [Fact]
    public void TheWholeNameBeforeTheTitle_ShouldStillGo()
    {
        const string dek = "It will host physics engines and scene formats under one roof, the foundation said.";

        Assert.Equal(dek, SiteNameOpening.Strip(Item("The Automation Digest " + Title + " " + dek, "The Automation Digest")).Text);
        Assert.Equal(dek, SiteNameOpening.Strip(Item("Automation " + Title + " " + dek, "Automation Digest")).Text);
    }
}
