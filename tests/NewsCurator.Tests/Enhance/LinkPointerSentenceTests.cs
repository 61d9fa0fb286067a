using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A sentence that points to a link the email does not carry ("The rules can as always be found here.") is no summary's
/// sentence (held-out review 96, F8).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LinkPointerSentenceTests
{
    [Theory]
    [InlineData("The full contest rules can as always be found here.")]
    [InlineData("The complete list of changes is available here.")]
    [InlineData("Anyone who wants to take part in the jam can sign up here.")]
    public void APointerToALink_ShouldBeRejected(string sentence)
        => Assert.Equal("boilerplate", SummaryChecker.CheckSentence(sentence)?.Rule);

    [Theory]
    [InlineData("Here is why the scheduler change matters for long-running jobs.")]
    [InlineData("Fossil fuels were burned here for a century before the plant closed.")]
    [InlineData("The team behind the compiler has been working here in Berlin since 2019.")]
    public void ProseWithHere_ShouldStay(string sentence)
        => Assert.Null(SummaryChecker.CheckSentence(sentence));

    [Fact]
    public void Summary_ShouldNotPrintThePointer()
    {
        const string text = "The October game jam ran for ten days and drew 212 entries from teams in 31 countries. "
                            + "The general jam rules can as always be found here. "
                            + "Voting opens on Friday, and the top three games win a year of hosting for their studios.";

        Assert.DoesNotContain("found here", Summarizer.Summarize("October game jam", text, 3), StringComparison.Ordinal);
    }
}
