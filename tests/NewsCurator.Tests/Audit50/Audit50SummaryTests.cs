using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit50;

// Hostile-input audit 50's tests of the summary and text rules (H3, H4, H8, H9), copied from branch hostile50
// (tests/NewsCurator.Tests/Audit50/Audit50Tests.cs). Report: /work/scratch/AUDIT50.md.

/// <summary>Summaries: news sentences refused or cut by session 41's sentence rules.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit50SummaryTests
{
    // ---- H3: news sentences refused as a note on the page's own media ------------------------------------------------------

    [Theory]
    // A leak's or a bug report's screenshot is the story's evidence, not the page's picture.
    [InlineData("The screenshot shows Windows Recall storing every password it captured in a plain-text SQLite database.")]
    // "in/on/from the <noun> above" as a ranking or a comparison.
    [InlineData("Nvidia's B200 placed in the charts above AMD's MI355X in this round of MLPerf Inference results.")]
    [InlineData("The new Midjourney editor can put text in the image above or below the subject without redrawing it.")]
    public void H3_ANewsSentenceAboutAScreenshotOrAChartRanking_IsNoNoteOnThePagesMedia(string sentence)
        => Assert.NotEqual("page_media", SummaryChecker.CheckSentence(sentence)?.Rule);

    // ---- H4: a whole sentence whose main clause opens on a number or a quote taken as a clause alone -----------------------

    [Theory]
    [InlineData("Since it launched in 2023, 40 million developers have used the assistant.")]
    [InlineData("Because it is open source, \"anyone can fork it tomorrow,\" the foundation's director said.")]
    [InlineData("Although they cut prices twice, 70% of buyers still chose the older model.")]
    [InlineData("Since it shipped in March, Llama 4 has been downloaded 50 million times.")]
    public void H4_ASubordinateClauseWhoseMainClauseOpensOnANumberAQuoteOrAVersionedName_StandsAlone(string sentence)
        => Assert.False(Summarizer.LeansOnThePrevious(sentence));
}

/// <summary>The encoder's input: housekeeping kept by TellsOfOthers.</summary>

[Trait(Category.Name, Category.Unit)]
public sealed class Audit50IngestTextTests
{
    // ---- H8: a closing sentence of capitalised words after "By" or a dash taken as a byline ----------------------------------

    [Theory]
    [InlineData("Which team wins the AI coding race? By Design, Nobody")]
    [InlineData("The keynote is on Tuesday. By Invitation Only")]
    public void H8_ATitleCasedLastSentence_IsNoByline(string text)
        => Assert.Equal(text, TrailingByline.Without(text));

    // ---- H9: a first line that cites a paper in prose read as the journal's citation line ----------------------------------

    [Fact]
    public void H9_AFirstSentenceThatCitesAPaper_StaysInTheText()
    {
        const string Text = "The team reports a catalyst that splits water at room temperature in Nature Catalysis, published online 12 May 2026; doi:10.1038/s41929-026-01535-6\nThe catalyst uses no platinum.";
        Assert.Equal(Text, JournalCitation.Without(Text).Text);
    }
}

