using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A link blog's whole note ends on its source and tag lines ("Via Lobste.rs", "Tags: python, regular-expressions"): they
/// stop on a word as a cut does, and complete notes printed "excerpt" (held-out review 65, F7). The last line of prose is judged.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LabelLineExcerptTests
{
    // simonwillison.atom, "Soft-deprecating re.match()" (held-out review 65), as the normaliser gives it.
    private const string Note =
        "Soft-deprecating re.match()\n" +
        "Python has a concept of soft deprecation, where APIs are marked as \"should no longer be used to write new code\" without any promise/threat to remove them in the future.\n" +
        "Python 3.15 release manager Hugo van Kemenade describes how in the upcoming 3.15 release soft deprecation has come for the venerable but deeply confusing re.match() function. " +
        "It's now available with the much clearer alternative re.prefixmatch() name - reflecting how it anchors at the beginning of the string but not the end.\n" +
        "Most of the time you probably want re.search() (match this pattern anywhere in the string) or re.fullmatch() (match the entire string) instead.\n";

    [Theory]
    [InlineData("Via Lobste.rs\nTags: python, regular-expressions")]
    [InlineData("Tags: python, regular-expressions")]
    [InlineData("Filed under: Python, Regular expressions")]
    [InlineData("Via Hacker News")]
    public void AWholeNoteEndingOnItsSourceOrTagLines_ShouldBeNoExcerpt(string labels)
        => Assert.False(Excerpt.Is(Note + labels));

    [Fact]
    public void ANoteCutMidSentence_ShouldStayAnExcerpt_WhateverLabelLinesFollow()
    {
        var cut = Note[..Note.LastIndexOf(" the string) or", StringComparison.Ordinal)];

        Assert.True(Excerpt.Is(cut + "\nVia Lobste.rs\nTags: python, regular-expressions"));
        Assert.True(Excerpt.Is(cut + "\nTags: python"));
    }

    [Fact]
    public void AProseLineThatOpensLikeALabel_ShouldStillBeJudged()
    {
        // "Via" opening a sentence of the story, and a source named in prose: no label lines, still cut mid-sentence.
        Assert.True(Excerpt.Is(Note + "Via the new function, code that anchored its patterns at the start of the string can now say so in"));
        Assert.True(Excerpt.Is(Note + "Source code for the change is on GitHub, where the core developers"));
    }
}
