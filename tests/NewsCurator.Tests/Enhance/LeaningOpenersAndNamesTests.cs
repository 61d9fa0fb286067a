using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Summary sentences read as leaning, or as standing alone, by what opens them: an advisory's "this issue" (held-out
/// review 89, F2), a time adverb's "Currently," (held-out review 90, F3), and a snake_case name opening a sentence
/// (held-out review 90, F7).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LeaningOpenersAndNamesTests
{
    // An advisory's "this issue" is the flaw a sentence before it described, not the newsletter's issue.
    [Theory]
    [InlineData("A remote attacker could possibly use this issue to read memory from the server.", true)]
    [InlineData("An attacker could exploit this issue to bypass the login page.", true)]
    [InlineData("In some configurations, a local user could trigger this issue and crash the daemon.", true)]
    // The newsletter's own issue names itself.
    [InlineData("We look at three new compilers in this issue.", false)]
    [InlineData("Welcome to this issue of the weekly digest.", false)]
    [InlineData("The sponsor of this issue's deep dive is a hosting company.", false)]
    public void ThisIssue_ShouldLeanOnlyWhereItIsTheFlaw(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));

    // A newsletter's issue, named by its title, opens its own sentences (code review 46, R8: the advisory rule above ran first
    // and refused them).
    [Theory]
    [InlineData("We hope you enjoyed reading this issue as much as we enjoyed writing it.")]
    [InlineData("Thanks for reading this issue, and see you next week.")]
    public void ThisIssue_OfANewsletterNamedIssue_ShouldNotLean(string sentence)
        => Assert.False(Summarizer.LeansOnThePrevious(sentence, "Database Weekly Issue 580"));

    [Fact]
    public void AnAdvisorysSummary_ShouldNotJoinOneFlawToAnothersAttack()
    {
        const string text =
            "Jane Roe discovered that the TLS handshake code in the library mishandled certain renegotiation requests. A remote attacker could possibly use this issue to cause the server to stop responding.\n" +
            "John Doe discovered that the certificate parser did not correctly check the length of some extension fields, which only affected the older release. An attacker could possibly use this issue to read sensitive memory from the process.\n" +
            "It was discovered that the random number generator could be reseeded from a predictable source in forked processes. A local attacker could possibly use this issue to predict session keys.";
        var source = SentenceSplitter.Split(text.Replace('\n', ' '));
        var summary = SentenceSplitter.Split(Summarizer.Summarize("Library vulnerabilities", text, 3));
        Assert.NotEmpty(summary);
        // Each flaw's attack follows the discovery it names, never another's.
        for (var i = 0; i < summary.Count; i++)
            if (summary[i].Contains("this issue", StringComparison.Ordinal))
                Assert.True(i > 0 && source.IndexOf(summary[i - 1]) == source.IndexOf(summary[i]) - 1, string.Join(" | ", summary));
    }

    // A time or frame adverb opens a claim of its own; a connective carries one on.
    [Theory]
    [InlineData("Currently, the most used database release on Debian is still version 13, followed by version 11.", false)]
    [InlineData("Historically, most packages shipped one binary per architecture.", false)]
    [InlineData("Recently, the project moved its build farm to a new data centre.", false)]
    [InlineData("Additionally, the tool can export its reports as JSON.", true)]
    [InlineData("Similarly, the second benchmark shows no change.", true)]
    [InlineData("Currently, it supports only Linux and macOS.", true)]
    [InlineData("Interestingly, the cache made no difference.", true)]
    public void AnAdverbOpening_ShouldLeanOnlyWhereItConnects(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));

    // A lower-case name with an underscore opens a sentence as written.
    [Fact]
    public void ASentenceOpeningOnASnakeCaseName_ShouldBeASentenceOfItsOwn()
        => Assert.Equal(2, SentenceSplitter.Split("Last week I ported pg_undrop to PostgreSQL 16. pg_undrop is an extension that reads rows a transaction deleted.").Count);

    [Theory]
    [InlineData("Most plain names stay glued when cut. and then the text goes on.")]
    [InlineData("The flag is read from the config, e.g. max_conn in the main file.")]
    public void ALowerCaseWordAfterAPeriodThatIsNoName_ShouldStayInItsSentence(string text)
        => Assert.Single(SentenceSplitter.Split(text));
}
