using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Opening lines read as headline, title or byline (hostile-input audit 53, H6, H8, H9): a hard-wrapped first line that stops
/// on a word a clause cannot end on is no headline; an address a question asks about stays in the title; a deadline
/// ("By Friday") is no author line.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OpeningLineReadingTests
{
    [Fact]
    public void AWrappedFirstLineEndingOnAnArticle_ShouldNotBeTheHeadline()
        => Assert.DoesNotMatch(@"\bthe$", ArticleNormalizer.OpeningAsHeadline(
            "We are happy to share that the next meetup will take place at the\nCity Library on the 14th, with two talks.\n\nSee you there."));

    [Fact]
    public void AHeadlineLineOverItsPost_ShouldStayTheHeadline()
        => Assert.Equal("Shameless blog series plug for homelab fans",
            ArticleNormalizer.OpeningAsHeadline("Shameless blog series plug for homelab fans\n\nIf you are into small clusters, I started a series."));

    [Theory]
    [InlineData("Can anyone explain this redirect? https://example.dev/login?next=%2F", "example.dev")]
    public void AQuestionAboutAnAddress_ShouldKeepIt(string title, string kept)
        => Assert.Contains(kept, TitleText.Read(title, TitleKind.Text), StringComparison.Ordinal);

    [Fact]
    public void AQuestionPointingToItsStory_ShouldStillLoseTheAddress()
        => Assert.Equal("Our new release is out. Want to learn more?",
            TitleText.Read("Our new release is out. Want to learn more? https://example.dev/blog/release", TitleKind.Text));

    [Theory]
    [InlineData("By Tomorrow Noon\nEvery service must move to the new certificate.")]
    [InlineData("By March\nThe old endpoints will be switched off.")]
    public void ADeadlineLine_ShouldStay(string text)
        => Assert.Equal(text, OpeningByline.Without(text));

    [Fact]
    public void AWriterNamedForAMonth_ShouldStillBeTakenOff()
        => Assert.Equal("The new kernel lands next week.", OpeningByline.Without("By June Carter\nThe new kernel lands next week."));
}
