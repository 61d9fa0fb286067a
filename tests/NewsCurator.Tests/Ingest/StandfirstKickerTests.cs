using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 91, F7: a review site gives each standfirst after a tagline and a bar ("Loud but fast. | The new ...");
/// the tagline stayed in the text, so a summary opened on a slogan and the deks counted a sentence too many for a dek feed.
/// The tagline goes; a text of fields set apart by bars, or a bar in the prose, stays as written.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StandfirstKickerTests
{
    private static string Text(string description)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "Desktop processor review: more cores for gamers", Link = "https://reviews.example.com/cpu-review.html", SummaryHtml = description },
            new FeedSource("https://reviews.example.com/rss"), "Reviews").Text;

    [Theory]
    [InlineData("Loud but fast. | The new desktop processor brings four more efficiency cores and a higher boost clock. Our benchmarks show where it pays off.", "The new desktop processor")]
    [InlineData("Cheap, with a catch? | A mesh router for under 100 euros sounds like a bargain. In our test it drops the connection every night.", "A mesh router")]
    [InlineData("The least exciting laptop of the year | Its maker gives the new notebook a brighter panel and a bigger battery. Little else has changed.", "Its maker gives")]
    public void ATaglineBeforeABar_ShouldGo(string description, string opening)
        => Assert.StartsWith(opening, Text(description), StringComparison.Ordinal);

    [Theory]
    // Fields set apart by bars.
    [InlineData("Price: $499 | Ships March 3 | Colours: black and white. The maker says stock is limited.")]
    [InlineData("Release 2.4 | Changes in the scheduler and the allocator are listed below. Upgrade when convenient.")]
    // A segment too long for a tagline.
    [InlineData("We spent two full weeks with the new phone on three networks and in two countries | The battery lasted two days. The camera is the best we have used.")]
    // What follows is no sentence of prose.
    [InlineData("Quick look. | Specs")]
    [InlineData("Verdict. | good value for money, with a bright screen and a long battery life.")]
    public void OtherTexts_ShouldStay(string description)
        => Assert.Equal(description, Text(description));
}
