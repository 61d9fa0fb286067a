using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 112, F2: a changelog whose items open with a ticket's number ("[482113] Attachments ...") named no
/// head, so the post had no summary and lost its place. F5: a sentence broken across two paragraphs after a comma
/// ("... support for Unicode collation," / "PostgreSQL 16 support, and ...") opened a summary on its second half.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TicketHeadsAndBrokenSentenceTests
{
    private const string Title = "tracker deploy day!";

    private const string Changelog =
        "the following changes have been deployed to the tracker today:\n" +
        "- [482113] request list page shows an internal object name instead of the requester\n" +
        "- [482190] Attachments marked obsolete should be struck through\n" +
        "- [482201] Wrong escaping of ampersands in saved search names\n" +
        "- [482244] Add an option to require an API key from a fixed address\n" +
        "- [482250] Make the triage report default to the last seven days\n" +
        "discuss these changes on the project forum.";

    [Fact]
    public void ItemsOpeningWithATicketNumber_ShouldBeNamedByTheirWords_InOrder()
    {
        var summary = Summarizer.Summarize(Title, Changelog, null, Words.Truncate(Changelog, 200), 3, "en");
        Assert.Equal("Request list page shows an internal object name instead of the requester; Attachments marked obsolete should be struck through; "
                     + "Wrong escaping of ampersands in saved search names, and 2 more.", summary.Text);
    }

    [Theory]
    [InlineData("#4410: Faster cold starts for the image worker", "Faster cold starts for the image worker")]
    [InlineData("(#4410) Faster cold starts for the image worker", "Faster cold starts for the image worker")]
    [InlineData("Bug 4410 - Faster cold starts for the image worker", "Faster cold starts for the image worker")]
    [InlineData("CORE-4410: Faster cold starts for the image worker", "Faster cold starts for the image worker")]
    public void ATicketReference_ShouldNotOpenAnItemsHead(string first, string head)
    {
        var text = "release notes for this week:\n- " + first + "\n- Smaller container images for the API\n- Dark mode for the admin pages\n- Retry budget for webhook delivery";
        var summary = Summarizer.Summarize("Weekly release", text, null, Words.Truncate(text, 200), 3, "en");
        Assert.StartsWith(head + "; Smaller container images for the API", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATagOfWords_ShouldStayTheItemsOwn()
    {
        var text = "release notes for this week:\n- [Security] Faster key rotation for the image worker\n- Smaller container images for the API\n- Dark mode for the admin pages\n- Retry budget for webhook delivery";
        var summary = Summarizer.Summarize("Weekly release", text, null, Words.Truncate(text, 200), 3, "en");
        Assert.DoesNotContain("; Faster key rotation", summary.Text, StringComparison.Ordinal);
        Assert.False(summary.Text.StartsWith("Faster key rotation", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceBrokenAfterACommaIntoANamedLine_ShouldStayOneSentence()
    {
        var text = "We are working on two releases of the tracker this year.\n\n"
                   + "A maintenance release (4.8) which brings support for Unicode collation,\n\n"
                   + "PostgreSQL 16 support, and compatibility with the latest versions of Python.\n\n"
                   + "A larger release (5.0) which brings the new interface from the hosted service.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Contains("A maintenance release (4.8) which brings support for Unicode collation, PostgreSQL 16 support, and compatibility with the latest versions of Python.", sentences);
        Assert.DoesNotContain(sentences, s => s.StartsWith("PostgreSQL", StringComparison.Ordinal));
    }

    [Fact]
    public void CommaEndedLinesOfAList_AndAHeadingAfterACommaLine_ShouldStandAlone()
    {
        var sentences = SentenceSplitter.Split("Fruit we will bring to the picnic on Sunday afternoon,\nApples and pears,\nPlums\nDrinks are on the second table.");
        Assert.Contains("Apples and pears,", sentences);
        var heading = SentenceSplitter.Split("We thank everyone who tested the beta during the long winter months,\nWhat comes next\nThe next release is due in May.");
        Assert.Contains("What comes next", heading);
    }

    [Theory]
    [InlineData("But the old Command-F bar stays for quick searches inside a single file.")]
    [InlineData("However, the old bar still handles quick searches inside one file.")]
    [InlineData("Today the panel also replaces text across every open project.")]
    public void AParagraphAfterACommaEndedCaption_OpeningOnAnyOtherWord_ShouldStandAlone(string next)
    {
        // Review of session 51, R7: only a name continues a comma-ended line; a conjunction or an adverb opens a sentence.
        var sentences = SentenceSplitter.Split("Most people know the little Find bar that sits right below the ruler,\n\n" + next);
        Assert.Contains(next, sentences);
    }

    [Fact]
    public void ToolsNamedInLowerCaseAfterTickets_ShouldKeepTheirCase()
    {
        // Review of session 51, R11: "#4512 npm audit ..." printed as "Npm audit ...".
        var text = "this release of the command line tool fixes these issues reported by users:\n"
                   + "- #4512 npm audit no longer flags dev dependencies in workspaces\n"
                   + "- #4519 git fetch over SSH honours the configured proxy again\n"
                   + "- #4530 curl downloads resume after a dropped connection\n"
                   + "- #4533 kubectl plugins are found on Windows paths with spaces";
        var summary = Summarizer.Summarize("Toolbox 4.2 fixes workspace audits", text, null, Words.Truncate(text, 200), 3, "en");
        foreach (var capitalised in new[] { "Npm audit", "Git fetch", "Curl downloads", "Kubectl plugins" })
            Assert.DoesNotContain(capitalised, summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ARankingsPlace_ShouldStayBeforeItsItem()
    {
        // Review of session 51, R11: "#1 Python keeps its lead" lost its rank as a ticket's number.
        var text = "the languages that led this year's survey:\n- #1 Python keeps its lead among data teams\n- #2 JavaScript holds second place on the web\n"
                   + "- #3 Rust climbs two places with systems teams\n- #4 Go enters the top five for services";
        var summary = Summarizer.Summarize("The survey's top languages", text, null, Words.Truncate(text, 200), 3, "en");
        Assert.DoesNotContain("Python keeps its lead among data teams; JavaScript", summary.Text, StringComparison.Ordinal);
        Assert.False(summary.Text.StartsWith("Python keeps its lead", StringComparison.Ordinal));
    }
}
