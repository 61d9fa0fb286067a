using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Romanian "râs" (laughed) twice in an item whose text writes ă, ș or ț is no lost apostrophe: the title was printed "a r’s"
/// while the text kept "râs" (review 48, R9).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RomanianCircumflexTests
{
    private static Article Item(string title, string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://stiri.example.ro/robot", ContentHtml = html },
            new FeedSource("https://stiri.example.ro/feed"), "Știri Tech");

    [Fact]
    public void RomanianRâsTwice_ShouldStay()
    {
        const string title = "Juriul a râs de demonstrație, apoi a râs iar";
        var article = Item(title, "<p>Toată sala a râs la răspunsul în rime al asistentului vocal.</p>");

        Assert.Equal(title, article.Title);
        Assert.Contains("a râs la", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishPossessivesTwiceBesideAnAccent_ShouldStillBeRepaired()
        => Assert.Equal("The Café’s Robot Barista and the City’s Rules",
            Item("The Caf\u00e9\u00e2s Robot Barista and the City\u00e2s Rules", "<p>The robot pours coffee for commuters at the station.</p>").Title);
}
