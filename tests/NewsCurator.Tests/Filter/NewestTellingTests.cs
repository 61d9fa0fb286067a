using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Of one feed's two items with one text under two titles, the newest is kept: a lab's final system card over its preview
/// two weeks before, whose text differed only in "--" for "—" and so ran longer (held-out review 66, F6).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class NewestTellingTests
{
    private const string Cards = "https://deploymentsafety.openai.example/system-cards.rss";

    private const string Final =
        "GPT-5.6 is a new family of three models: Sol, our new flagship model; Terra, a capable lower-cost option; and Luna, our fastest and most " +
        "cost-efficient model. The safeguards we have built for this launch—our most robust yet—are built to deliver these models safely and at scale, around the world.";

    private const string Preview =
        "GPT-5.6 is a new family of three models: Sol, our new flagship model; Terra, a capable lower-cost option; and Luna, our fastest and most " +
        "cost-efficient model. The safeguards we have built for this launch -- our most robust yet -- are built to deliver these models safely and at scale, around the world.";

    private static Article Item(string id, string title, string text, string published, string feed = Cards, string home = "deploymentsafety.openai.example") => new()
    {
        Id = id, FeedUrl = feed, FeedHome = home, Title = title, Text = text, Link = $"https://{home}/{id}",
        Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void OneFeedsTextUnderTwoTitles_ShouldKeepTheNewest()
    {
        var final = Item("gpt-5-6", "GPT-5.6 System Card", Final, "2026-07-09");
        var preview = Item("gpt-5-6-preview", "GPT-5.6 Preview System Card", Preview, "2026-06-26");

        var (kept, dropped) = new Deduplicator(3).Run([preview, final]);

        Assert.Equal(["gpt-5-6"], kept.Select(k => k.Id));
        Assert.Equal(("duplicate_content", "gpt-5-6"), dropped.Select(d => (d.Rule, d.DuplicateOf)).Single());
    }

    [Fact]
    public void APublishersTextCopiedByAnotherFeedLater_ShouldKeepThePublishersOwn()
    {
        // Across feeds the best copy stays, whatever its date: a syndicated copy is no update of the publisher's own.
        var own = Item("own", "GPT-5.6 System Card", Final, "2026-07-09");
        var copy = Item("copy", "OpenAI publishes the GPT-5.6 system card", Preview, "2026-07-10", "https://aggregator.example/feed", "aggregator.example") with
        {
            Link = "https://deploymentsafety.openai.example/gpt-5-6?ref=aggregator",
        };

        var (kept, dropped) = new Deduplicator(3).Run([copy, own]);

        Assert.Equal(["own"], kept.Select(k => k.Id));
        Assert.Equal("own", dropped.Single().DuplicateOf);
    }
}
