using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 110, F6: a teaser whose only complete sentence sets a scene ("The open web's success is built on
/// interoperable technologies.") printed it as the whole summary; it says nothing of what the post is, the headline does.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SceneSetterTeaserTests
{
    [Fact]
    public void ATeasersOneSceneSettingSentence_ShouldNotBeTheSummary()
    {
        const string text = "Good interfaces are built on shared conventions that everyone quietly relies on. Yet a surprising number of";
        var summary = Summarizer.Summarize("A Guide to the Prefers Contrast Media Feature", text, null, text, 3, "en");
        Assert.Equal("", summary.Text);
    }

    [Fact]
    public void ATeasersOneSentenceThatNamesItsSubjectInOtherWords_ShouldStay()
    {
        const string text = "The iPhone maker bought the headphone company for three billion dollars on Wednesday. The deal is the largest in";
        var summary = Summarizer.Summarize("Apple buys Beats", text, null, text, 3, "en");
        Assert.Equal("The iPhone maker bought the headphone company for three billion dollars on Wednesday.", summary.Text);
    }

    [Fact]
    public void ATeasersOneSentenceSharingTheTitlesWords_ShouldStay()
    {
        const string text = "Media features let a page respond to what the reader has asked their system for. Yet a surprising number of";
        var summary = Summarizer.Summarize("A Guide to the Prefers Contrast Media Feature", text, null, text, 3, "en");
        Assert.Equal("Media features let a page respond to what the reader has asked their system for.", summary.Text);
    }
}
