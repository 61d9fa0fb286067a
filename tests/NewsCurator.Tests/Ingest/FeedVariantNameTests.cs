using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A label naming which of a site's feeds this is ("· Per item", "— Daily journal", "| Weekly") is no part of the
/// publisher's name (twelfth held-out review, F6: readers saw "Read at CTIPilot · Per item").
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedVariantNameTests
{
    [Theory]
    [InlineData("Example Intel · Per item", "Example Intel")]
    [InlineData("Example Intel · Daily (regional threat intelligence)", "Example Intel")]
    [InlineData("Side Project — Daily journal", "Side Project")]
    [InlineData("Jane Doe | Weekly", "Jane Doe")]
    [InlineData("Jane Doe - Blog", "Jane Doe")]
    [InlineData("Example Corp: All posts", "Example Corp")]
    [InlineData("Example Corp » Comments feed", "Example Corp")]
    [InlineData("Example Corp - Full-text RSS", "Example Corp")]
    [InlineData("Example Corp — Daily journal | Atom", "Example Corp")]
    public void AVariantLabel_ShouldGo_WhateverTheAddress(string feedTitle, string expected)
        => Assert.Equal(expected, FeedName.Of(null, feedTitle, "https://feeds.example.net/feed.xml"));

    [Theory]
    // A section, a name or a title after the separator is part of what the reader should see.
    [InlineData("Rust Blog — The Rust Programming Language")]
    [InlineData("Ars Technica - Science")]
    [InlineData("Hacker News - Best")]
    [InlineData("Hacker News: Front Page")]
    [InlineData("Example Corp | Daily security news for admins")]
    [InlineData("Weekly")]
    [InlineData("C# Weekly")]
    [InlineData("Daily Journal")]
    [InlineData("A - Blog")]
    public void ASectionOrNameAfterASeparator_ShouldStay(string feedTitle)
        => Assert.Equal(feedTitle, FeedName.Of(null, feedTitle, "https://feeds.example.net/feed.xml"));

    [Fact]
    public void TheOperatorsTitle_ShouldBeCreditedAsWritten()
        => Assert.Equal("Jane Doe | Weekly", FeedName.Of("Jane Doe | Weekly", "Jane Doe | Weekly", "https://feeds.example.net/feed.xml"));
}
