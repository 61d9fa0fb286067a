using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A site's name with a digit after most of a feed's titles is still the site's name (held-out review 68, F6: " - 9to5Mac"
/// stayed on every headline of a scraped feed, where " - CNET" went); a number a title ends in is its own.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SiteNameWithDigitTests
{
    private static List<string> Stripped(params string[] titles)
        => [.. FeedTitleSuffixes.Strip([.. titles.Select((t, i) => new Article { Id = $"a{i}", FeedUrl = "https://scrape.example/feed.xml", Title = t })]).Select(a => a.Title)];

    [Fact]
    public void ASharedNameWithADigit_AfterADash_Goes()
    {
        Assert.Equal(["iPhone Diary: Shooting usable video in near-impossible conditions", "Apple TV renews space drama For All Mankind for sixth and final season",
                "Contactless payment acceptance on iPhone expands to Mexico", "Deals: M5 MacBook Air, MacBook Pro, Apple Watch Ultra 3, more 9to5Mac"],
            Stripped("iPhone Diary: Shooting usable video in near-impossible conditions - 9to5Mac", "Apple TV renews space drama For All Mankind for sixth and final season - 9to5Mac",
                "Contactless payment acceptance on iPhone expands to Mexico - 9to5Mac", "Deals: M5 MacBook Air, MacBook Pro, Apple Watch Ultra 3, more 9to5Mac"));
        Assert.Equal(["The FBI bought location data from ad brokers", "Inside the forums that sell stolen logins", "A surveillance vendor leaked its own customer list"],
            Stripped("The FBI bought location data from ad brokers - 404 Media", "Inside the forums that sell stolen logins - 404 Media",
                "A surveillance vendor leaked its own customer list - 404 Media"));
        Assert.Equal(["Pixel 11 leak shows a flat camera bar", "Android 17 beta 2 brings desktop windows", "Gemini arrives on Wear OS watches"],
            Stripped("Pixel 11 leak shows a flat camera bar | 9to5Google", "Android 17 beta 2 brings desktop windows | 9to5Google", "Gemini arrives on Wear OS watches | 9to5Google"));
    }

    [Fact]
    public void ANumberATitleEndsIn_Stays_EvenWhereTitlesShareIt()
    {
        string[] parts = ["Building a compiler in Rust - Part 2", "Writing the parser by hand - Part 2", "Type checking without tears - Part 2"];
        Assert.Equal(parts, Stripped(parts));
        string[] years = ["The best laptops for students – 2026", "The best phones for photography – 2026", "The best headphones for travel – 2026"];
        Assert.Equal(years, Stripped(years));
        string[] versions = ["Lock screen widgets you should try - iOS 18", "How to hide apps behind Face ID - iOS 18", "Recolour your home screen icons - iOS 18"];
        Assert.Equal(versions, Stripped(versions));
    }
}
