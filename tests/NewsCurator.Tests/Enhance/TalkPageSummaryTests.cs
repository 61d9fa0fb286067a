using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A talk page's summary says what the talk covers, not who the speaker is nor the host's welcome (twenty-second held-out
/// review, F5: every meetup talk's summary ended on its speaker's biography, one opened on "We're pleased to present").
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TalkPageSummaryTests
{
    [Fact]
    public void ATalkPage_ShouldBeSummarisedByItsAbstract()
    {
        const string text = "We're pleased to present Nathan Taylor on Liquid Types.\n" +
                            "Papers We Love NYC would like to thank Datadog for making the NY Chapter events possible.\n" +
                            "Liquid Types, published at PLDI in 2008, combines traditional type theory with SMT solvers from the automated theorem proving community. " +
                            "The talk shows how refinement types catch array bounds errors at compile time.\n" +
                            "Nathan Taylor is a PhD student at UT Austin, where he ponders the intersection of formal methods and distributed systems.";

        var summary = Summarizer.Summarize("Nathan Taylor on Liquid Type Systems [PWL NYC]", text, null, "preview", 3, "en");

        Assert.DoesNotContain("pleased to present", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("PhD student", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("thank", summary.Text, StringComparison.Ordinal);
        Assert.StartsWith("Liquid Types, published at PLDI in 2008", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APapersAuthorList_ShouldBeNoSummary()
    {
        // Twenty-third held-out review, F4: a lab's publication feed gives each paper's authors as its description.
        const string authors = "Karen Hambardzumyan, Nicolas Baldwin, Edan Toledo, Rishi Hazra, Michael Kuchnik, Bassel Al Omari, Thomas Simon Foster, Kelvin Niu";

        var summary = Summarizer.Summarize("AIRA2: Overcoming Bottlenecks in AI Research Agents", authors, null, authors, 3, "en");

        Assert.Equal("", summary.Text);
        Assert.Contains("a list of names", summary.Note, StringComparison.Ordinal);
        Assert.False(SummaryChecker.IsNameList("Meta, Google and OpenAI shipped new models, and Anthropic, Mistral and xAI followed with their own releases."));
        // Three names and a sentence going on are no list (review of session 27, F11); a list cut mid-name still is.
        Assert.False(SummaryChecker.IsNameList("Sundar Pichai, Satya Nadella, Tim Cook and other tech CEOs met the president on Tuesday…"));
        Assert.True(SummaryChecker.IsNameList("Karen Hambardzumyan, Nicolas Baldwin, Edan Toledo, Rishi Haz…"));
    }

    [Fact]
    public void TheHeadlineWithAGeneratorsNote_ShouldBeNoSummary()
    {
        // Twenty-third held-out review, F5: a video bridge's one line, the title and "(14 segments)".
        var summary = Summarizer.Summarize("New #1 open-source AI model is here!", "New #1 open-source AI model is here! — segmented AI-news roundup (14 segments).", null,
            "New #1 open-source AI model is here! — segmented AI-news roundup (14 segments).", 3, "en");

        Assert.DoesNotContain("segments", summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rylan Talerico is co-founder and CPO of Retriever, where he works on AI memory and personalization.", true)]
    [InlineData("Michael Vaughn (he/him) has a PhD in computer science from the University of Wisconsin-Madison.", true)]
    [InlineData("Aleph Alpha released Kolibri, an open-weight model with a one million token context.", false)]
    [InlineData("Mount Morgan has 400 Gbps of Ethernet throughput, double its predecessor.", false)]
    public void ABiography_ShouldBeKnown(string sentence, bool biography) => Assert.Equal(biography, Summarizer.IsBiography(sentence));
}
