using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 111, F3: a summary closed on a call to the reader ("If you know of a standard that would help, you
/// can submit a proposal.") and took "We wanted to avoid this situation by moving towards ..." without the sentence that
/// says what situation: the words after "by" named the title's "moving" and passed as naming it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReaderInvitationAndSituationTests
{
    [Theory]
    [InlineData("If you know of a format where a shared standard would make things better you can submit a proposal.", true)]
    [InlineData("If you have run into this bug in production, please get in touch with the team.", true)]
    [InlineData("If you would like to speak at the next meetup, you can sign up on the form.", true)]
    // A conditional that tells what the thing does stays a sentence of the story.
    [InlineData("If you use the managed database, you can now enable point-in-time recovery from the console.", false)]
    [InlineData("If you send more than 100 requests a second, the gateway now queues them instead of failing.", false)]
    public void AConditionalInvitationToTheReader_ShouldBeACallToAction(string sentence, bool call)
        => Assert.Equal(call, Summarizer.IsCallToAction(sentence));

    [Theory]
    [InlineData("We wanted to avoid this situation by moving towards smaller deployments every day.", "Moving towards Continuous Delivery", true)]
    [InlineData("The team rewrote this scheduler in Rust to cut its memory use.", "Rewriting the scheduler", false)]
    // The noun's own modifiers still name it: "this feature flag system" under "Flag systems at scale".
    [InlineData("We rolled out this feature flag system to every team last quarter.", "Flag systems at scale", false)]
    public void ThisNounWithWordsAfterAFunctionWord_ShouldNotBorrowTheTitlesWords(string sentence, string title, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence, title));

    // Held-out review 113, F2: a verb whose complement the sentence before gave ("had fallen victim": to the flu).
    [Theory]
    [InlineData("Nearly half the night shift had fallen victim, so the foreman had to run the line himself.", true)]
    [InlineData("Two other browser vendors followed suit within a week.", true)]
    [InlineData("Most of the other maintainers did the same.", true)]
    // The complement said: the sentence stands alone.
    [InlineData("Nearly half the night shift had fallen victim to a phishing campaign that spoofed the payroll site.", false)]
    [InlineData("The regulator did the same analysis for cloud contracts and found no harm.", false)]
    public void AVerbWhoseComplementCameBefore_ShouldLean(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));
}
