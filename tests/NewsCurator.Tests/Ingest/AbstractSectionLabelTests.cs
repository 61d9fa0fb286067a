using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A structured abstract's section labels, glued to the next word ("ResultsHence"), before a colon or on a line of their own,
/// are no words of the text; a section that only says where the code is goes with its label (held-out review 81, F3 and F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AbstractSectionLabelTests
{
    private static Article Paper(string html) => ArticleNormalizer.ToArticle(new ParsedItem { Title = "A paper", Link = "https://preprints.example.org/paper/1",
        ContentHtml = html }, new FeedSource("https://preprints.example.org/rss.xml"), "Preprints");

    [Fact]
    public void GluedLabels_ShouldBecomeParagraphBreaks()
    {
        var text = Paper("BackgroundThere is wide interest in how chromatin folds into loops. Callers disagree on many of them. " +
                         "ResultsHence, in this work, we propose Loopy, a platform that compares loop callers. " +
                         "ConclusionsOverall, Loopy is a robust tool for comparing loop callers.").Text;

        Assert.StartsWith("There is wide interest", text);
        Assert.Contains("\nHence, in this work, we propose Loopy", text);
        Assert.Contains("\nOverall, Loopy is", text);
        Assert.DoesNotContain("Results", text);
    }

    [Fact]
    public void ColonLabels_ShouldBeTakenOff()
    {
        var text = Paper("Motivation: Studying the active sites of enzymes is essential for engineering them. " +
                         "Results: We present here a redesign of the clustering workflow. It runs ten times faster.").Text;

        Assert.StartsWith("Studying the active sites", text);
        Assert.Contains("\nWe present here a redesign", text);
        Assert.DoesNotContain("Motivation", text);
    }

    [Fact]
    public void AvailabilitySection_ShouldGoWithItsLabel()
    {
        var text = Paper("<div>Summary</div><p>Cells change type along paths that plots rarely show well.</p><div>Results</div><p>We built a tool that draws them in simplex plots.</p>" +
                         "<div>Availability and Implementation</div><p>The tool is available on GitHub at https://github.com/example/tool.</p><div>Contact</div><p>ann@example.org</p>").Text;

        Assert.Contains("Cells change type", text);
        Assert.Contains("We built a tool", text);
        Assert.DoesNotContain("GitHub", text);
        Assert.DoesNotContain("Availability", text);
        Assert.DoesNotContain("ann@", text);
    }

    [Fact]
    public void ProductPostsAvailabilityHeading_ShouldKeepItsSection()
    {
        var text = Paper("<h2>Summary</h2><p>The new board ships with twice the memory.</p><h2>Availability</h2><p>It is available in stores from March at 99 dollars.</p>").Text;
        Assert.Contains("available in stores from March", text);
    }

    [Fact]
    public void PressReleasesSummaryAndAvailabilityParagraphs_ShouldKeepTheRest()
    {
        // Two labels, neither an abstract's: the release keeps every paragraph (review of session 44, R2).
        var text = AbstractSections.Without("Summary: Acme today launched Widget 2.0, its fastest board yet.\nAvailability: Widget 2.0 is available today in every region.\n"
                                            + "The board doubles the memory of the first one and halves its power draw.\nCustomers can move their boards over without a restart.");
        Assert.Contains("available today in every region", text, StringComparison.Ordinal);
        Assert.Contains("doubles the memory", text, StringComparison.Ordinal);
        Assert.Contains("without a restart", text, StringComparison.Ordinal);
    }

    [Theory]
    // A name glued to a capitalised word, once in a text, is no label (the finding's "could break").
    [InlineData("ResultsDB is a small database for test results. It stores every run and shows the trends over time.")]
    [InlineData("SummaryWriter logs scalars to a board. Call it after each step of the loop to see the loss fall.")]
    [InlineData("The results: Background jobs finished in half the time. The team kept the old queue as a fallback for now.")]
    public void TextWithoutAStructuredAbstract_ShouldKeepItsWords(string text)
        => Assert.Equal(text, Paper($"<p>{text}</p>").Text);
}
