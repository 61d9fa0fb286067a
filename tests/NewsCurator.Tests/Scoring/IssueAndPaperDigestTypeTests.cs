using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// An issue of a link roundup told by its opening or a title that is its week is no release (held-out review 94, F2); a trade
/// site's digest of a paper that says so in its first words is research (held-out review 91, F6).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class IssueAndPaperDigestTypeTests
{
    private const string RoundupText = "Hi there, and welcome to another issue of linkpile. This is a list of the articles, talks and tools I came across this week.\n"
        + "Editors\nZedlike 2.0 Is Released With Remote Development\nRust\nThe borrow checker, visualised";

    private static string? TypeOf(string title, string text, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("linkpile: 2025.03.10 - 2025.03.16", "Editors\nZedlike 2.0 Is Released With Remote Development")]
    [InlineData("linkpile 2025-W11", "Editors\nZedlike 2.0 Is Released With Remote Development")]
    [InlineData("linkpile: the week's reading", RoundupText)]
    [InlineData("linkpile issue forty", RoundupText)]
    public void RoundupIssue_ShouldNotBeARelease(string title, string text)
        => Assert.Equal(ContentTypes.Other, TypeOf(title, text, ContentTypes.Release));

    [Theory]
    [InlineData("Zedlike 2.0 released", "Welcome to the new issue of our changelog. Zedlike 2.0 brings remote development.")]
    [InlineData("Zedlike 2.0: remote development", "Zedlike 2.0 brings remote development to every plan, from 2025.03.10 - 2025.03.16 free.")]
    public void ReleaseWithAnIssuesWords_ShouldStayARelease(string title, string text)
        => Assert.Equal(ContentTypes.Release, TypeOf(title, text, ContentTypes.Release));

    [Theory]
    [InlineData("Free-Space Optical Accelerator With High Clock Rate (Univ. A, Univ. B)", "A new technical paper titled “Free-space optical accelerator with a high clock rate” was published by researchers at Univ. A and Univ. B. Abstract “We present ...”", ContentTypes.Other)]
    [InlineData("Test Pattern Generation For Analog Blocks", "A technical paper titled \"Test pattern generation for analog blocks\" was published by researchers at a university. Abstract: \"...\"", ContentTypes.News)]
    public void OpeningReportingAPaper_ShouldBeResearch(string title, string text, string guessed)
        => Assert.Equal(ContentTypes.Research, TypeOf(title, text, guessed));

    [Fact]
    public void StoryAboutAPapersReception_ShouldStayNews()
        => Assert.Equal(ContentTypes.News, TypeOf("Chip paper draws criticism",
            "Critics say a research paper titled “Faster analog testing” overstates its results, which was published last month.", ContentTypes.News));
}
