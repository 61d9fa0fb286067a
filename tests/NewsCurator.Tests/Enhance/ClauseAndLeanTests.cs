using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Twelfth held-out review: an advisory's news lost to its length and its correction note printed instead (F1), the
/// author's "Summary" prose passed over (F2), an item cut silently out of a closed list (F3), and a pronoun sentence left
/// out though the sentence it leans on was chosen (F4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ClauseAndLeanTests
{
    private const string AdvisoryLead =
        "The national CERT added CVE-2031-1001 (the image-parsing memory-disclosure flaw among the three lower-severity issues of this disclosure) " +
        "to its catalogue of actively exploited vulnerabilities on 2031-02-10, confirming attacks in the wild; this entry previously stated that " +
        "none of the lower-severity issues had been exploited on its own.";

    [Fact]
    public void ATurn_WeighedBeforeTheSentenceItLeansOn_ShouldFollowItOnceItIsChosen()
    {
        // Fifty-first held-out review, F4: the summary stopped before "But ...", the sentence that carries the story.
        const string text =
            "Carding — the underground business of stealing, selling and swiping stolen payment card data — has long been the dominion of Russia-based hackers. " +
            "Happily, the broad deployment of more secure chip-based payment cards in the United States has weakened the carding market. " +
            "But a flurry of innovation from cybercrime groups in China is breathing new life into the carding industry, by turning phished card data into mobile wallets that can be used online and at main street stores.\n" +
            "An image from one Chinese phishing group's Telegram channel shows various toll road phish kits available.\n" +
            "If you own a mobile phone, the chances are excellent that at some point in the past two years it has received at least one phishing message that spoofs the U.S. Postal Service.";
        var summary = Summarizer.Summarize("How Phished Data Turns into Apple & Google Wallets", text, 3);
        Assert.Contains("But a flurry of innovation from cybercrime groups in China", summary, StringComparison.Ordinal);
        Assert.StartsWith("Carding", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstClause_OfATooLongSentence_ShouldBeItsFirstIndependentClause()
    {
        Assert.True(AdvisoryLead.Length > SummaryChecker.MaxSentenceLength);
        var clause = Summarizer.FirstClause(AdvisoryLead);
        Assert.NotNull(clause);
        Assert.EndsWith("confirming attacks in the wild.", clause, StringComparison.Ordinal);
        Assert.Null(SummaryChecker.CheckSentence(clause!));
    }

    [Theory]
    // Short enough already: nothing to cut.
    [InlineData("The module adds webhooks; the admin screen gains a projects tab.")]
    // The part before the semicolon is no sentence of its own.
    [InlineData("Fast; cheap; reliable: the new storage engine of the database keeps every promise its authors made in the long design document that " +
                "went round the mailing list for a year before anyone wrote a line of code, and the benchmarks they publish with the release show it, " +
                "run after run, on every machine they tried it on.")]
    public void FirstClause_WithoutAClauseThatStandsAlone_ShouldBeNull(string sentence) => Assert.Null(Summarizer.FirstClause(sentence));

    [Fact]
    public void FirstClause_ShouldNotCutInsideBrackets()
    {
        var sentence = "The release (which fixes the parser; the lexer; and the optimiser, each in several places that users reported over the last two " +
                       "years of bug reports and mailing-list threads) ships today for every platform the project supports, from the smallest boards to " +
                       "the largest servers; the next one follows in spring.";
        Assert.Equal(sentence[..sentence.IndexOf("; the next", StringComparison.Ordinal)] + ".", Summarizer.FirstClause(sentence));
    }

    [Fact]
    public void Summary_OfAnAdvisoryUpdate_ShouldLeadWithItsNewsNotTheCorrectionNote()
    {
        var text = AdvisoryLead + " Separately, this entry's affected-versions field had wrongly listed all branches for every issue. " +
                   "Corrected the per-issue ranges and fixed the frontmatter summary accordingly.\n" +
                   "The remediation is unchanged, and every affected branch has a fixed release that administrators should install now.";
        var summary = Summarizer.Summarize("Update: a third flaw in the image library is now exploited", text, null, "", 3, "en").Text;
        Assert.StartsWith("The national CERT added CVE-2031-1001", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("accordingly", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("this entry", summary, StringComparison.Ordinal);
    }

    private const string LongLead =
        "A bug was found in the container engine where containers were incorrectly started with non-empty inheritable Linux process " +
        "capabilities, creating an atypical Linux environment and enabling programs with inheritable file capabilities to elevate those " +
        "capabilities to the permitted set during execve(2) of a process.";

    [Fact]
    public void ALongLead_ShouldStillLeadTheSummary_ButTheSameLengthDeeperInShouldNot()
    {
        Assert.InRange(LongLead.Length, SummaryChecker.MaxSentenceLength + 1, SummaryChecker.MaxLeadLength);
        const string rest = "Note that permitted file capabilities continue to allow privileges to be raised up to the bounding set. " +
                            "The bug has been fixed in version 20.10.14, and running containers should be stopped, deleted and recreated.";
        var led = Summarizer.Summarize("Container engine started with non-empty inheritable capabilities", LongLead + " " + rest, null, "", 3, "en").Text;
        Assert.StartsWith("A bug was found in the container engine", led, StringComparison.Ordinal);

        var deeper = Summarizer.Summarize("Container engine started with non-empty inheritable capabilities", rest + " " + LongLead, null, "", 3, "en").Text;
        Assert.DoesNotContain("A bug was found", deeper, StringComparison.Ordinal);
        Assert.DoesNotContain(SummaryChecker.Check(led, "en", 3), f => f.Rule == "too_long");
    }

    [Theory]
    [InlineData("Separately, this entry's affected field had wrongly applied all branches to every issue.", true)]
    [InlineData("Corrected per-issue ranges and fixed the summary accordingly.", true)]
    [InlineData("This post has been updated to include the vendor's response.", true)]
    [InlineData("The frontmatter of every page now carries its canonical address.", true)]
    // Forty-fourth held-out review, F8: a dated update line.
    [InlineData("Update, July 22, 1:06 p.m. ET: Added statement from Bright Data.", true)]
    [InlineData("Correction (March 3): An earlier version misstated the price.", true)]
    [InlineData("Editor's note: This story was first published in 2019.", true)]
    [InlineData("Updates to the scheduler make it twice as fast: the new queue avoids locks.", false)]
    [InlineData("Note: the flag only affects Linux builds.", false)]
    // Hostile-input audit 36, H3: an update that reports news is the story's.
    [InlineData("Update 2: Apple has now confirmed the recall of 1.2 million chargers.", false)]
    [InlineData("Update 2, March 18, 2026, 10:41 a.m. ET: This story has been updated with a comment from Apple.", true)]
    // The story's own words about a post, a correction or an update.
    [InlineData("The vendor corrected the flaw in version 2.1 and asked users to update.", false)]
    [InlineData("This article explains how the scheduler picks the next task.", false)]
    [InlineData("The report was published by the agency on Monday.", false)]
    public void IsEditorialNote_ShouldKnowANoteOnThePostsOwnRecord(string sentence, bool note)
        => Assert.Equal(note, Summarizer.IsEditorialNote(sentence));

    [Fact]
    public void AnUpdateThatReportsNews_ShouldBeReadWithoutItsLabel_AndOneAboutThePostNever()
    {
        // Hostile-input audit 36, H3.
        var summary = Summarizer.Summarize("Apple recalls chargers", "Apple said some chargers can overheat. Update 2: Apple has now confirmed the recall of 1.2 million chargers. "
            + "Update: Added statement from Apple.", null, "preview", 3, "en").Text;
        Assert.Contains("Apple has now confirmed the recall of 1.2 million chargers.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Update", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Added statement", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In our previous post, Exploring Quantization Backends, we dived into how quantization shrinks diffusion models.", true)]
    [InlineData("In part 2 of this series we built the scheduler's first queue and measured it.", true)]
    [InlineData("As we discussed in the last article, the cache misses dominate the cost of every request.", true)]
    [InlineData("In my first blog post about Azure functions, I created a function app that reads RSS feeds.", true)]
    [InlineData("In a recent post, we broadly talked about what test engineers do at Google.", true)]
    [InlineData("In a previous article about caching I showed how the proxy stores responses.", true)]
    [InlineData("In some other post I have written how you can deploy a Nano Server on premise using PowerShell.", true)]
    [InlineData("I recently wrote about why I prefer not to use default implementations in Swift protocols.", true)]
    [InlineData("The previous post is still useful if you want to shut down a group of virtual machines at once.", true)]
    [InlineData("The previous version of the library leaked memory on every request.", false)]
    [InlineData("In later posts I will talk specifically about how Go's package management follows these ideas.", true)]
    [InlineData("Researchers recently wrote about the flaw in a paper that the vendor disputes.", false)]
    [InlineData("I recently switched the build to a new compiler, and the binaries shrank by a third.", false)]
    // The story's own words about its subject's earlier work, or a news lead.
    [InlineData("In its previous release, the vendor shipped a faster compiler for every platform.", false)]
    [InlineData("Last week, the company released a model that runs on a laptop.", false)]
    [InlineData("In a recent blog post, Microsoft announced a new model for code review.", false)]
    [InlineData("In a recent post on X, the company's CEO said we should expect a new model soon.", false)]
    [InlineData("In the last issue of Nature, researchers described a faster solver.", false)]
    [InlineData("In the first part, we set up the cluster and its storage.", false)]
    public void IsEarlierPostRecap_ShouldKnowASentenceAboutAnEarlierPostOfTheSeries(string sentence, bool recap)
        => Assert.Equal(recap, Summarizer.IsEarlierPostRecap(sentence));

    [Fact]
    public void Summary_OfASeriesTeaser_ShouldNotBeItsRecapOfThePreviousPost()
    {
        const string text = "In our previous post, Exploring Quantization Backends, we dived into how quantization techniques shrink diffusion models for inference. " +
                            "This post shows how to fine-tune the model with LoRA on a single consumer GPU with 10 GB of memory. " +
                            "We compare the fine-tuned adapters against the base model on a small dataset of art styles.";
        var summary = Summarizer.Summarize("(LoRA) Fine-Tuning FLUX.1-dev on Consumer Hardware", text, null, "", 3, "en").Text;
        Assert.StartsWith("This post shows how to fine-tune", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("previous post", summary, StringComparison.Ordinal);
    }

    private const string Details =
        "Technical details\n" +
        "The new project entity holds the project identifier and path, a reference to its parent server and an optional list of maintainers. " +
        "Rows in the event table expire after ten minutes through a scheduled job. " +
        "Plugins expose the payload's fields as tokens, and the entity exposes its own token for templates. " +
        "The webhook route verifies each request's signature before any event is fired.";

    [Fact]
    public void Summary_ShouldPreferTheAuthorsSummaryProse_UnderAHeadingNearTheTop()
    {
        var text = "• Project: Example\n• Status: Fixed\n" +
                   "Summary\n" +
                   "The integration module gains webhook support, per-project configuration and typed events in this release. " +
                   "Access tokens move from plain configuration into key entities, which keeps secrets out of exported files.\n" +
                   Details;
        var summary = Summarizer.Summarize("Add webhook support, project support and events", text, null, "", 3, "en").Text;
        Assert.StartsWith("The integration module gains webhook support", summary, StringComparison.Ordinal);
        Assert.Contains("Access tokens move from plain configuration", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_OfANewsStory_ShouldKeepItsLead_OverAReviewsClosingSummary()
    {
        var body = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"In the test of week {i}, the watch tracked the run and the heart rate with the chest strap as a reference, and the two agreed within a few beats. "));
        var text = "Today the company announced five new running watches, priced from $99 to $399, all with built-in GPS.\n" + body + "\n" +
                   "Summary\n" +
                   "From an accuracy standpoint the last two firmware versions seem to have resolved most of the quirks in the heart-rate data.";
        var summary = Summarizer.Summarize("The company's new running watches", text, null, "", 3, "en").Text;
        Assert.StartsWith("Today the company announced five new running watches", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortenedList_ShouldNotCutAnItemOutOfAClosedStatement()
    {
        var closed = "The new project configuration entity holds the project identifier and its path on the server, a reference to the parent server " +
                     "entity that owns it, an access token source field that is either server-level or per-project, one or more webhook secret key " +
                     "identifiers, and an optional list of maintainer user names.";
        Assert.True(closed.Length > SummaryChecker.MaxSentenceLength);
        Assert.Null(Summarizer.ShortenedList(closed));
        // The same shape offered as a selection of contents may be cut: it never claimed to be whole.
        var open = closed.Replace("holds the project identifier", "includes the project identifier", StringComparison.Ordinal);
        Assert.NotNull(Summarizer.ShortenedList(open));
    }

    [Fact]
    public void Summary_ShouldKeepAPronounSentence_RightAfterTheSentenceItLeansOn()
    {
        // "It" names the tool of the first sentence; weighed down for its opening, it lost to weaker sentences.
        var text = "The team released a new command-line tool for reviewing database migrations. " +
                   "It checks every migration against the production schema and flags the migrations that would lock large tables. " +
                   "The weather was fine on the day of the launch. " +
                   "Several people attended the small launch party in the office.";
        var summary = Summarizer.Summarize("A tool that reviews database migrations", text, null, "", 2, "en").Text;
        Assert.Equal("The team released a new command-line tool for reviewing database migrations. " +
                     "It checks every migration against the production schema and flags the migrations that would lock large tables.", summary);
    }
}
