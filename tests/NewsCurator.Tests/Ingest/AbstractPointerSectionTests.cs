using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// <c>AbstractSections.Without</c> (hostile-input audit 53, H3 and H4): a pointer section ends at the next label or the next
/// blank line, so a post's own words after a quoted abstract stay; labels glued to the next word are an abstract's only where
/// the text opens on one and has two different ones, so class names opening sentences keep their first halves.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AbstractPointerSectionTests
{
    [Fact]
    public void ABlogsWordsAfterAQuotedAbstract_ShouldStay()
    {
        var without = AbstractSections.Without("Quoting the preprint:\nMotivation: Genomes are long.\nResults: Our aligner is twice as fast.\n"
            + "Supplementary information: Supplementary data are available online.\n\nI tried it on our cluster and it held up.");
        Assert.EndsWith("twice as fast.\n\nI tried it on our cluster and it held up.", without, StringComparison.Ordinal);
        Assert.DoesNotContain("Supplementary data", without, StringComparison.Ordinal);
    }

    [Fact]
    public void APointerSectionRunningToTheEnd_ShouldStillGo()
        => Assert.Equal("Genomes are long.\nOur aligner is twice as fast.",
            AbstractSections.Without("Motivation: Genomes are long.\nResults: Our aligner is twice as fast.\nAvailability and implementation: https://example.org/aligner."));

    [Theory]
    [InlineData("The API has two parts. SummaryWriter logs scalars as you train. BackgroundWorker threads keep the UI responsive.")]
    [InlineData("Old habits die hard. ResultSet handling is still manual. ResultSet objects must be closed.")]
    public void ClassNamesOpeningSentences_ShouldKeepTheirWholeNames(string text)
        => Assert.Equal(text, AbstractSections.Without(text));

    [Fact]
    public void AnAbstractWithGluedLabels_ShouldStillLoseThem()
        => Assert.Equal("There has been little work on this.\nHence, in this work, we propose a method.",
            AbstractSections.Without("BackgroundThere has been little work on this. ResultsHence, in this work, we propose a method."));
}
