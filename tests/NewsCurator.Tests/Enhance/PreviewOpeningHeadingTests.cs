using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 87, F7: a preview opened on a heading glued to its paragraph with "; " ("Summary; We introduce ...", a
/// section's title, the H1's subtitle left after the title), and a post's table of contents stood as its preview.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PreviewOpeningHeadingTests
{
    [Fact]
    public void AGenericLabelAfterAPapersLinks_ShouldNotOpenThePreview()
    {
        var preview = Lede.Preview("KAPPA: Agents for Clinical Trial Matching",
            "KAPPA: Agents for Clinical Trial Matching\nPublished at a 2025 workshop\nPaper\nCode\nSummary\nWe present KAPPA, a set of cooperating agents that match patients to clinical trials from their records.", 200);
        Assert.StartsWith("We present KAPPA", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void ASectionTitleOverTheFirstParagraph_ShouldNotOpenThePreview()
    {
        var preview = Lede.Preview("How our task planner is built",
            "Planner, as a graph of small steps\nThe simplest way to think about the planner is as a graph whose nodes are small steps that each call a model once.", 200);
        Assert.StartsWith("The simplest way", preview, StringComparison.Ordinal);
        Assert.DoesNotContain(";", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHeadlinesSubtitleLeftAfterTheTitle_ShouldNotOpenThePreview()
    {
        var preview = Lede.Preview("Dither Noise",
            "Dither Noise: Why a little randomness makes images look smoother\nWe print a lot of images on cheap screens. Dithering hides the banding that few colours would leave.", 200);
        Assert.StartsWith("We print a lot", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableOfContents_ShouldNotBeThePreview()
    {
        var preview = Lede.Preview("Retrieval basics",
            "Contents\n• What is retrieval?\n• Why retrieval matters\n• Dense vectors\n• Sparse vectors\n• Hybrid search\nRetrieval means finding the passages a model should read before it answers a question.", 200);
        Assert.StartsWith("Retrieval means", preview, StringComparison.Ordinal);
    }

    // What must not change: a first line that is a sentence stays, though it is short.
    [Fact]
    public void ShortItemsOrASentenceFirst_ShouldStayInThePreview()
    {
        Assert.StartsWith("We shipped the planner today.", Lede.Preview("Planner", "We shipped the planner today.\nIt runs every step as a small model call and retries failures on its own.", 200), StringComparison.Ordinal);
    }
}
