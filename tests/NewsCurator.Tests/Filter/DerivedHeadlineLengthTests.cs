using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A headline made of the text's opening is counted once by min_length, though its heading lines were joined by colons
/// and its bullets dropped (held-out review 75, F4): the item's length no longer rests on how long its headings are. A
/// headline of its own beside the text is counted as before.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DerivedHeadlineLengthTests
{
    private const string Text = "New releases\nPayments SDK for Rust\n• The Payments SDK for Rust is now available. It covers every endpoint of the Payments API.";

    private static Article Item(string title) => new() { Id = "a", FeedUrl = "https://f.example/feed", Title = title, Text = Text, Link = "https://f.example/a" };

    [Fact]
    public void AHeadlineMadeOfTheOpening_ShouldNotBeCountedAgain()
        => Assert.Equal(Words.EnglishLength(Text), ContentRules.TitleAndTextLength(Item("New releases: Payments SDK for Rust The Payments SDK for Rust is now available.")));

    [Fact]
    public void AHeadlineOfItsOwn_ShouldStillBeCounted()
        => Assert.Equal("Rust joins the Payments SDKs".Length + Words.EnglishLength(Text), ContentRules.TitleAndTextLength(Item("Rust joins the Payments SDKs")));
}
