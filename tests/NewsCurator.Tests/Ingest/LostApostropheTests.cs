using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// The apostrophe’s mojibake with its two C1 controls stripped on the way leaves "â" alone ("youâre", "Moonâs"), which no
/// marker of <see cref="Mojibake"/> finds (held-out review 95, F7).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LostApostropheTests
{
    private static Article Item(string title, string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://science.example.org/night-sky", ContentHtml = html },
            new FeedSource("https://science.example.org/feed"), "Science Desk");

    [Fact]
    public void ContractionsAndPossessives_ShouldBeRepaired()
    {
        var article = Item("Satellite Swarms Dim the Sky\u00e2s Faintest Stars",
            "<p>If you thought a dark site would save your photos, you\u00e2re going to be disappointed. Astronomers don\u00e2t agree on a fix yet.</p>");

        Assert.Equal("Satellite Swarms Dim the Sky’s Faintest Stars", article.Title);
        Assert.Equal("If you thought a dark site would save your photos, you’re going to be disappointed. Astronomers don’t agree on a fix yet.", article.Text);
    }

    [Fact]
    public void APossessiveAloneInAnEnglishItem_ShouldBeRepaired()
        => Assert.Equal("Fiber Arrays May Map the Moon’s Deep Interior",
            Item("Fiber Arrays May Map the Moon\u00e2s Deep Interior", "<p>Seismometers on the surface could listen for quakes deep inside.</p>").Title);

    [Theory]
    // Words that write "â": French, and Romanian beside its other letters.
    [InlineData("Le mât du voilier a cédé", "<p>Le dégât est réparé depuis hier.</p>")]
    [InlineData("Ce a rămâs din proiect", "<p>Echipa a rămâs fără finanțare, când a plecat.</p>")]
    public void WordsWithTheLetter_ShouldStay(string title, string html)
        => Assert.Equal(title, Item(title, html).Title);
}
