using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// WordPress's "The post &lt;title&gt; appeared first on &lt;site&gt;." in the same paragraph as the dek, after its last sentence
/// (held-out review 68, F9: four of nine WIRED items kept it, a summary's second sentence in waiting).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class InlineFooterTests
{
    private static Article Item(string title, string text) => new() { Id = "a", FeedUrl = "https://www.wired.com/feed", Title = title, Text = text, Link = "http://www.wired.com/2016/06/review-oneplus-3/" };

    [Fact]
    public void AFooterAfterTheDeksLastSentence_Goes()
    {
        Assert.Equal("All the bells and whistles, like it or not.",
            SyndicationFooter.Strip(Item("Review: OnePlus 3", "All the bells and whistles, like it or not. The post Review: OnePlus 3 appeared first on WIRED.")).Text);
        Assert.Equal("Legend of Zelda: Breath of the Wild will arrive on Wii U and NX in 2017.",
            SyndicationFooter.Strip(Item("Wii U Legend of Zelda Finally Has a Trailer and a Name",
                "Legend of Zelda: Breath of the Wild will arrive on Wii U and NX in 2017. The post Wii U Legend of Zelda Finally Has a Trailer and a Name appeared first on WIRED.")).Text);
    }

    [Fact]
    public void ASentenceAboutAnotherPost_Stays()
    {
        // Prose that says where a post appeared first, naming another title, is the story's own sentence.
        const string text = "Readers kept sharing the thread. The post Why I left Google appeared first on Medium and was read a million times.";
        Assert.Equal(text, SyndicationFooter.Strip(Item("Review: OnePlus 3", text)).Text);
        // Mid-sentence, it is no footer's opening either.
        const string quoted = "She wrote that the post Review: OnePlus 3 appeared first on WIRED.";
        Assert.Equal(quoted, SyndicationFooter.Strip(Item("Review: OnePlus 3", quoted)).Text);
    }
}
