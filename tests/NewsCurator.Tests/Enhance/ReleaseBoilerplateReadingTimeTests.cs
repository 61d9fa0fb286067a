using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 109, F5: a release's reading time counted its closing legal text ("About X ...", "Cautionary Statement
/// ...", "Media Contact: ..."), which made a 650-word release a "10 min read". The story's words count; an article that
/// discusses forward-looking statements in its prose keeps all of its own.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReleaseBoilerplateReadingTimeTests
{
    private static string Repeat(string sentence, int times) => string.Join(" ", Enumerable.Repeat(sentence, times));

    private static readonly string Story = Repeat("Kestrel Systems said its new inference servers will ship to cloud providers in the first quarter with twice the memory of the last generation.", 10);

    private static readonly string Legal =
        "About Kestrel Kestrel Systems builds servers for data centers around the world and employs four thousand people. " +
        Repeat("Kestrel has offices in many countries and sells through partners.", 20) +
        " Cautionary Statement This press release contains forward-looking statements concerning Kestrel Systems and its products. " +
        Repeat("Actual results could differ materially from current expectations because of many risks and uncertainties.", 60) +
        " Media Contact: Jane Roe Kestrel Communications +1 555 0100 press@kestrel.example";

    private static int Minutes(string text) => EnhanceStage.Enhance(
        new Article { Id = "a", FeedUrl = "https://f.example/feed", Title = "Kestrel ships new inference servers", Text = text, Link = "https://f.example/a" },
        new ArticleScore { Id = "a" }, 1, new EnhanceConfig()).ReadingTimeMinutes;

    [Fact]
    public void ARelease_ShouldReadInTheMinutesOfItsStory()
        => Assert.Equal(Minutes(Story), Minutes(Story + " " + Legal));

    [Fact]
    public void AnArticleAboutForwardLookingStatements_ShouldCountAllItsWords()
    {
        var text = Story + " " + Repeat("Forward-looking statements are common in releases, and lawyers write them so that companies cannot be sued over a forecast.", 60);
        Assert.True(Minutes(text) > Minutes(Story), "the article's own prose about the statements is its story");
    }
}
