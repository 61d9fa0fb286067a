using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 92, F2: a regulator's press release opened "European Commission Press release Brussels, 23 Jul 2026 Today,
/// ...", the dateline kept as the story's first words (its lede then ran past a lead's length and the story lost its summary).
/// Held-out review 94, F4: a static site's auto-summary opened on the post's flattened table of contents ("What is X Why ...?
/// Tools to ... Final Thoughts This post is ...") and on "Featured in Weekly Issue #504." notes.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DatelineAndFlattenedContentsTests
{
    [Theory]
    [InlineData("Regional Authority Press release Lisbon, 4 Mar 2026 Today, the Authority opened proceedings against two cloud providers.", "Today, the Authority")]
    [InlineData("Statement Geneva, 12 Feb 2025 Good afternoon, and thank you for joining the briefing on the treaty.", "Good afternoon")]
    [InlineData("Washington, DC, 24 Jun 2026 The agency published its audit of the payments system.", "The agency published")]
    [InlineData("TOKYO, May 6 (Kyodo) - The chipmaker said it would double its output next year.", "The chipmaker said")]
    public void ADatelineOpeningTheText_ShouldNotBeItsFirstWords(string text, string opening)
        => Assert.StartsWith(opening, Lede.Of("Authority acts on cloud market", text), StringComparison.Ordinal);

    [Theory]
    // A place and a date inside the first sentence, or a sentence that opens on a time, keep their words.
    [InlineData("Lisbon, 4 Mar 2026 was the day the exchange went fully electronic, ending a century of floor trading.")]
    [InlineData("On Tuesday, March 3, 2026 Apple shipped the update to every supported phone.")]
    [InlineData("Brussels and Paris, the two capitals that wrote the draft, agreed on the text on Monday.")]
    public void AnOpeningThatIsTheSentence_ShouldKeepItsWords(string text)
        => Assert.Equal(text, Lede.Of("Exchange history", text));

    [Fact]
    public void APressReleaseSummary_ShouldOpenOnItsLede()
    {
        var summary = Summarizer.Summarize("Regulator fines a search firm for self-preferencing",
            "National Competition Office Press release Madrid, 9 Jun 2026 Today, the National Competition Office took two decisions finding that a search firm favoured its own shopping and travel services in its results, and that it kept app developers from steering buyers to cheaper purchase channels outside its store (steering). In this regard, the Office issued the firm a fine of EUR 210 million and a fine of EUR 190 million respectively.", 3);
        Assert.StartsWith("Today, the National Competition Office", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is state hoisting Why should you care about state hoisting? Patterns for hoisting state Final Thoughts This post grew out of a talk I gave at a meetup in Lyon. State hoisting moves state to a composable's caller so the composable itself stays stateless.",
        "This post grew out of")]
    [InlineData("Featured in Kotlin Weekly Issue #311. Table Of Contents: Job SupervisorJob CoroutineScope Conclusion Structured concurrency ties every coroutine to a scope that outlives it.",
        "Structured concurrency ties")]
    [InlineData("What is a Modifier? How to chain modifiers? Write a custom modifier Final Thoughts Featured in Android Weekly Issue #512. Featured in Compose Digest Issue #40. Modifiers decorate or add behaviour to a composable.",
        "Modifiers decorate")]
    public void AFlattenedTableOfContents_ShouldNotOpenTheText(string text, string opening)
        => Assert.StartsWith(opening, Lede.Of("State hoisting in Compose", text), StringComparison.Ordinal);

    [Theory]
    // Title-case words inside a real first sentence, and a sentence that names a conclusion, keep their words.
    [InlineData("The Final Thoughts Podcast returns this week with an episode on Rust in the Linux kernel.")]
    [InlineData("Our review of Google and Microsoft with Amazon reached its Conclusion Tuesday after three months of hearings.")]
    [InlineData("Featured in many newsletters, the library now has a second maintainer and a new release every month.")]
    public void AnOpeningSentenceWithTitleCaseWords_ShouldKeepItsWords(string text)
        => Assert.Equal(text, Lede.Of("Podcast returns", text));

    [Fact]
    public void AHeadingRunIntoItsParagraph_ShouldStandOnItsOwnLine()
        => Assert.Contains("What is memoization\nMemoization is",
            Lede.Of("Memoization in Compose", "This post is about caching.\nWhat is memoization Memoization is caching a function's results for the inputs it has seen."), StringComparison.Ordinal);
}
