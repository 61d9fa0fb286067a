using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>An episode is summarised by what its chapters cover, not by its guest's biography (twenty-eighth held-out review, F6).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ChapterSummaryTests
{
    private const string Biography =
        "Dr. Ada Byron is Chief Scientist of robotics firm Acme Robotics and financial prediction firm Numera Holdings; Chairman of the AGI Society.\n" +
        "Her research work encompasses artificial general intelligence, natural language processing and cognitive science. She has published a dozen books and 100+ technical papers.\n";

    [Fact]
    public void Episode_WithAnIndexOfMinutes_ShouldBeSummarisedByItsChapters()
    {
        var text = Biography + "Index to The Show featuring Ada Byron\n" +
            "• Introduction, Artificial Intelligence and General Artificial Intelligence 14 minutes\n• OpenCog and Cognitive Synergy 12 minutes\n" +
            "• Language Understanding 17 minutes\n• Robotics, AGI and \"The Artificial Toddler\" 6 minutes\n• SingularityNET - The Singularity Network 17 minutes\n";
        Assert.Equal(5, Summarizer.ChapterTopics(text)?.Count);
        Assert.Null(SummaryChecker.CheckSentence("Its chapters cover Introduction, Artificial Intelligence and General Artificial Intelligence; OpenCog and Cognitive Synergy; Language Understanding; Robotics, AGI and \"The Artificial Toddler\"; SingularityNET - The Singularity Network.", "EP3 Dr. Ada Byron – OpenCog, AGI and SingularityNET"));
        var summary = Summarizer.Summarize("EP3 Dr. Ada Byron – OpenCog, AGI and SingularityNET", text, null, "Dr. Ada Byron is Chief Scientist…", 3, "en", episode: true);
        Assert.StartsWith("Its chapters cover Introduction, Artificial Intelligence and General Artificial Intelligence; OpenCog and Cognitive Synergy; Language Understanding", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chief Scientist", summary.Text, StringComparison.Ordinal);
        Assert.Contains("chapter index", summary.Note);
    }

    [Fact]
    public void Episode_WithTimeStamps_ShouldLeadWithItsOwnDescriptionAndLeaveStockChaptersOut()
    {
        var text = "In this episode, we talk with Ada Byron about why inference costs fell and what small models can do on phones.\n" +
            "Ada Byron is a researcher at Acme Labs. She previously led the compiler team at Numera.\n" +
            "Timestamps:\n00:00 Intro\n02:15 Why inference got cheap\n\n14:40 Distilling small models\n31:05 Running models on phones\n52:30 Outro\n";
        var summary = Summarizer.Summarize("Small models with Ada Byron", text, null, "In this episode…", 3, "en", episode: true);
        Assert.Equal("In this episode, we talk with Ada Byron about why inference costs fell and what small models can do on phones. " +
            "Its chapters cover Why inference got cheap; Distilling small models; Running models on phones.", summary.Text);
        // An article that is no episode keeps its own sentences.
        Assert.DoesNotContain("chapters cover", Summarizer.Summarize("Small models with Ada Byron", text, null, "In this episode…", 3, "en").Text, StringComparison.Ordinal);
        Assert.Equal(["Why inference got cheap", "Distilling small models", "Running models on phones"],
            Summarizer.ChapterTopics("[00:00] Why inference got cheap\n(12:10) - Distilling small models\nRunning models on phones (31:05)\n")!);
    }

    [Theory]
    // A log's time stamps start where the day is, not near zero.
    [InlineData("14:03:22 server started on port 80\n14:03:25 worker pool ready with 8 threads\n14:04:01 first request served")]
    // Two stamped lines are two moments, not an index; stamps that go back are no index either.
    [InlineData("00:00 Intro to the topic\n05:00 Scaling laws explained")]
    [InlineData("00:00 Intro to the topic\n25:00 Scaling laws explained\n10:00 Small models now")]
    // Prose with numbers is no chapter.
    [InlineData("The build took 14 minutes on the old runner.\nIt now takes 3 minutes.\nThe cache saves 11 minutes.\nTests run in 2 minutes.")]
    [InlineData("It now takes 3 minutes\nThe cache saves 11 minutes\nTests finish within 2 minutes")]
    public void Text_WithoutAChapterIndex_ShouldHaveNoChapters(string text) => Assert.Null(Summarizer.ChapterTopics(text));
}
