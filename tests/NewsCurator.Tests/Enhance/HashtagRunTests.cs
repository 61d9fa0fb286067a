using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// <c>Hashtags.AsProse</c> under hostile input (hostile-input audit 53, H1 and H5): a long run of tags is read once, each tag
/// one step, however long the run (the regular expression it replaced tried the run from every blank before a tag, 17.8 s for
/// 100 KB); code after a '#' (a preprocessor directive, a colour) keeps its '#'; a "Tags:" label goes with the run it heads.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HashtagRunTests
{
    private static long TagReadsOf(string text)
    {
        Hashtags.TagReads = 0;
        _ = Hashtags.AsProse(text);
        return Hashtags.TagReads;
    }

    [Fact]
    public void A200KbRunOfTagsThatDoesNotCloseItsLine_ShouldBeReadOnceATag()
    {
        var text = "Notes on my editor setup.\n" + string.Concat(Enumerable.Repeat("#vim ", 40_000)) + "end";
        Assert.True(text.Length > 200_000);
        Assert.InRange(TagReadsOf(text), 1, 40_000);
        Assert.EndsWith("vim vim end", Hashtags.AsProse(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A200KbRunOfTagsAndLongBlanks_ShouldBeReadOnceATag()
    {
        var text = "Weekend reading list. " + string.Concat(Enumerable.Repeat("#go" + new string(' ', 100), 2_000)) + "?";
        Assert.True(text.Length > 200_000);
        Assert.InRange(TagReadsOf(text), 1, 2_000);
    }

    [Fact]
    public void ALongClosingRun_ShouldStillGoWhole()
        => Assert.Equal("Notes on my editor setup.", Hashtags.AsProse("Notes on my editor setup. " + string.Concat(Enumerable.Repeat("#vim ", 5_000))).TrimEnd());

    [Theory]
    [InlineData("Start the header with #ifndef GUARD_H and close it with\n#endif")]
    [InlineData("The accent colour moved from #3366ff to #fff in the dark theme.")]
    [InlineData("Objective-C files open with #import <Foundation/Foundation.h> instead.")]
    public void CodeAfterAHash_ShouldKeepItsHash(string text)
        => Assert.Equal(text, Hashtags.AsProse(text));

    [Theory]
    // A tag made of hex letters is still a word; a run after a colon that is no tag label keeps the colon.
    [InlineData("Opening a #cafe for developers in Lisbon.", "Opening a cafe for developers in Lisbon.")]
    [InlineData("See you at the booth today: #kubecon #cloudnative", "See you at the booth today:")]
    [InlineData("Our new GPU scheduler ships today.\nHashtags: #gpu #scheduling", "Our new GPU scheduler ships today.\n")]
    [InlineData("Our new GPU scheduler ships today. Tags: #gpu #scheduling", "Our new GPU scheduler ships today.")]
    public void TagsAndTheirLabels_ShouldReadAsBefore(string text, string expected)
        => Assert.Equal(expected, Hashtags.AsProse(text));
}
