using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The encoder reads the title and the first 256 word pieces: an opening paragraph that speaks to the reader about the
/// publication ("This is my last column here ... please visit ... Thanks for your support.") is left out of them, so a
/// short-titled column is scored on its story (held-out review 64, F4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HousekeepingLeadTests
{
    private static readonly string Story = string.Concat(Enumerable.Repeat(
        "Intel will lose more ground to AMD in servers next year, as cloud buyers price cores rather than brands and move their databases to the cheaper parts. ", 14));

    private static readonly EncoderText Text = new();

    [Fact]
    public void AFarewellParagraphsAsksAndThanks_BeforeALongStory_AreLeftOut()
    {
        var lead = "This is my 212th and last column for this site. If you want to go on reading my work, please visit my new blog, which is also in this week's links. Thanks for your support.";
        Assert.Equal("This is my 212th and last column for this site.\n" + Story, Text.WithoutHousekeepingLead(lead + "\n" + Story));
    }

    [Fact]
    public void TwoHousekeepingParagraphs_GoBoth()
    {
        var text = "Editor's note: this post was updated on March 3 to correct the date of the launch.\nThanks for reading, and please subscribe to get it every week.\n" + Story;
        Assert.Equal(Story, Text.WithoutHousekeepingLead(text));
    }

    [Fact]
    public void AnEditorsStandfirst_UnderItsNoteLabel_Stays()
    {
        var text = "Editor's note: Startup Musiio needed sturdier infrastructure for its data pipeline. Moving to Kubernetes gave it that. Read on to hear how they did it.\n" + Story;
        Assert.Equal(text, Text.WithoutHousekeepingLead(text));
    }

    [Theory]
    // One greeting among story sentences: the paragraph tells the story.
    [InlineData("Welcome to issue 50! This week OpenAI shipped a new model and Google answered within hours.")]
    // No sentence asks, greets or notes anything.
    [InlineData("Intel's server share fell for the sixth quarter in a row, to 61 percent.")]
    public void AStoryParagraph_Stays(string lead)
    {
        var text = lead + "\n" + Story;
        Assert.Equal(text, Text.WithoutHousekeepingLead(text));
    }

    // A lede that opens like housekeeping and goes on to tell of others stays (hostile-input audit 49, H3: its cases are
    // Audit49Tests' H3); what speaks only of the post, with a day and an address in it, still goes.
    [Fact]
    public void HousekeepingThatNamesOnlyTheCalendarAndAnAddress_StillGoes()
    {
        var lead = "This is my last column here before the summer. Please visit cringely.com on Monday for the next one. Thanks for reading!";
        Assert.Equal("This is my last column here before the summer.\n" + Story, Text.WithoutHousekeepingLead(lead + "\n" + Story));
    }

    [Fact]
    public void AShortPost_KeepsItsNoteToReaders()
    {
        var text = "Thanks for your support this year. Please subscribe to the new feed.\nThe newsletter moves to a new address on Monday.";
        Assert.Equal(text, Text.WithoutHousekeepingLead(text));
    }
}
