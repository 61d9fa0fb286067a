using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A digest issue whose only prose is a teaser repeating its headline is summarised by its list (eleventh held-out
/// review, F3: "Signal #6: X" summarised "X.", its five top stories nowhere).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ListContentsTests
{
    private const string Title = "Signal #6: Wikipedia's vulnerability underscores critical security issues in digital platforms.";

    private const string Issue =
        "Wikipedia's vulnerability underscores critical security issues in digital platforms.\n" +
        "Top Stories\n" +
        "• Wikipedia was in read-only mode following mass admin account compromise — This incident raises concerns about the security of widely used online resources.\n" +
        "• GPT-5.4 — The release of GPT-5.4 marks a significant evolution in AI's capabilities.\n" +
        "• Good software knows when to stop — Understanding the limitations of software can lead to more sustainable products.\n" +
        "• A GitHub Issue Title Compromised 4k Developer Machines — This incident demonstrates the risks of software supply chains.\n" +
        "• You Bought Zuck's Ray-Bans — This article highlights privacy concerns surrounding IoT devices.\n" +
        "GitHub Spotlight: freeCodeCamp/freeCodeCamp — A comprehensive open-source curriculum.";

    [Fact]
    public void ADigestIssue_ShouldBeSummarisedByItsList_NotByItsHeadlineAgain()
    {
        var summary = Summarizer.Summarize(Title, Issue, null, Words.Truncate(Issue, 200), 3, "en");

        Assert.Equal("Wikipedia was in read-only mode following mass admin account compromise; GPT-5.4; Good software knows when to stop, and 2 more.", summary.Text);
        Assert.DoesNotContain(SummaryChecker.Check(summary.Text, "en", 3, Title), f => f.Rule != "sentence_count");
    }

    [Fact]
    public void ALoneSentenceThatIsNotTheHeadline_ShouldLeadTheList()
    {
        var issue = Issue.Replace("Wikipedia's vulnerability underscores critical security issues in digital platforms.\n", "This week's issue covers a breach, a model release and a supply-chain attack.\n", StringComparison.Ordinal);
        var summary = Summarizer.Summarize(Title, issue, null, Words.Truncate(issue, 200), 3, "en");
        Assert.StartsWith("This week's issue covers a breach, a model release and a supply-chain attack. Wikipedia was", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AListOfParagraphs_OrAShortList_ShouldGiveNoContents()
    {
        var paragraphs = string.Join('\n', Enumerable.Range(1, 4).Select(i => $"• Step {i} of the migration moves every table of the old cluster to the new one and checks each row count against the source before the switch, which takes hours."));
        Assert.Null(Summarizer.ListContents(paragraphs, "Migration"));
        Assert.Null(Summarizer.ListContents("Intro.\n• One\n• Two\nOutro.", "List"));
        Assert.True(Summarizer.RepeatsTitle("Wikipedia's vulnerability underscores critical security issues in digital platforms.", Title));
        Assert.False(Summarizer.RepeatsTitle("Wikipedia was in read-only mode for a day.", Title));
    }

    [Fact]
    public void AChangelogWithOneWordyFix_ShouldStillBeSummarisedByItsList()
    {
        // Fourteenth held-out review, F1: one item over the head limit gave the list up, and the preview was printed.
        const string notes =
            "• Added session resume hint on exit, showing how to continue your conversation later\n" +
            "• Fixed bash commands incorrectly reporting failure with \"Read-only file system\" errors when sandbox mode was enabled and more\n" +
            "• Added support for full-width (zenkaku) space input from Japanese IME in checkbox selection\n" +
            "• Fixed PDF too large errors permanently locking up sessions\n" +
            "• Improved startup time";

        // Fixes are named after what the release adds (nineteenth held-out review, F5).
        Assert.Equal("Added session resume hint on exit, showing how to continue your conversation later; Added support for full-width (zenkaku) space input from Japanese IME in checkbox selection; Improved startup time, and 2 more.",
            Summarizer.ListContents(notes, "v2.1.31"));
    }

    [Fact]
    public void AChangelogOfLongOneLineChanges_ShouldBeNamedByTheirMainClauses()
    {
        // Twenty-first held-out review, F2: most changes ran past the head limit, the list read as paragraphs, and the
        // release was printed with no summary.
        const string notes =
            "• Added support for PostgreSQL, MySQL and SQLite backends in the migration tool (one flag for each of the three backends, off by default)\n" +
            "• Added /output-style [name] to list and switch output styles, including over Remote Control and in cloud and other headless sessions\n" +
            "• Added a diff of the files a Bash command changed to the Bash tool result when the Bash tool handles file edits (setting bashEditDiffEnabled)\n" +
            "• Fixed the prompt cache being partially invalidated on the turn after a response was cut off at the output-token limit and automatically resumed\n" +
            "• Added support for restricting (per project, in the agent tools frontmatter) which sub-agents can be spawned via Task(agent_type) syntax\n" +
            "• Improved the spinner tip, suggesting the focus view for a prompt with just your prompt, a one-line work summary, and the response";

        // A clause that would break off before its object ("Added support for restricting") is no head; a list of what
        // changed is no detail to cut at ("Added support for PostgreSQL, MySQL and SQLite ...").
        Assert.Equal("Added support for PostgreSQL, MySQL and SQLite backends in the migration tool; Added /output-style [name] to list and switch output styles; " +
                     "Added a diff of the files a Bash command changed to the Bash tool result, and 3 more.", Summarizer.ListContents(notes, "v2.1.269"));
    }

    [Fact]
    public void AReleasesAdditions_ShouldBeNamedBeforeItsFixes_WithoutCodeMarks()
    {
        const string notes =
            "• Fixed agent sessions in tmux failing to send messages\n" +
            "• Fixed warnings about teams on the current plan\n" +
            "• Added `TeammateIdle` and `TaskCompleted` hook events for multi-agent workflows\n" +
            "• Fixes the status line flickering on resize";

        Assert.Equal("Added TeammateIdle and TaskCompleted hook events for multi-agent workflows; Fixed agent sessions in tmux failing to send messages; Fixed warnings about teams on the current plan, and 1 more.",
            Summarizer.ListContents(notes, "v2.1.33"));
    }

    [Fact]
    public void ReleaseNotesFiledByArea_ShouldBeNamedByTheirChanges_NotTheirAreas()
    {
        // Fourteenth held-out review, F4: "Build: add support for Boost 1.87" was named "Build".
        const string notes =
            "• Build: add support for Boost 1.87\n" +
            "• Portable builds: update to Buildroot 2024.11.1\n" +
            "• Portable builds: the 64-bit version supports older CPUs without SSE 4.x again\n" +
            "• Web UI: fix loading of viewed files that are also in queue";

        Assert.Equal("Add support for Boost 1.87; Update to Buildroot 2024.11.1; the 64-bit version supports older CPUs without SSE 4.x again, and 1 more.",
            Summarizer.ListContents(notes, "Web Client 2.13.3"));
    }

    [Fact]
    public void AGlossary_ShouldStillBeNamedByItsTerms()
    {
        const string glossary =
            "• Simplex: one direction at a time\n" +
            "• Half duplex: both directions, one at a time\n" +
            "• Full duplex: both directions at once\n" +
            "• Multiplexing: several signals over one channel";

        Assert.Equal("Simplex; Half duplex; Full duplex, and 1 more.", Summarizer.ListContents(glossary, "Transmission modes"));
    }

    [Fact]
    public void AReleasesLongChanges_ShouldBeNamedTwoOrThree_OpeningOnACapital()
    {
        // Thirty-second held-out review, F5: the first changes open on a command and in lower case, three ran too long, and
        // the release printed its cut preview ("What's changed • claude agents --json now includes ...").
        var text = "What's changed\n" +
            "• claude agents --json now includes waitingFor showing what a waiting session is blocked on (e.g. permission prompt)\n" +
            "• /effort now confirms when your chosen level will persist as the default for new sessions\n" +
            "• Remote Control now shows as a persistent footer pill (with a link to the session) instead of a startup message\n" +
            "• Renamed Windsurf to Devin Desktop in the /ide menu, /terminal-setup, and /scroll-speed, following the editor's rebrand\n" +
            "• Fixed a silent startup hang when the config directory is read-only or unwritable — Claude Code now starts with in-memory config\n" +
            "• Fixed the LSP tool's workspaceSymbol operation returning no results; it now accepts a query parameter\n";
        var summary = Summarizer.ListContents(text, "claude-code v2.1.162");
        Assert.NotNull(summary);
        Assert.StartsWith("Remote Control now shows", summary, StringComparison.Ordinal);
        Assert.EndsWith("more.", summary, StringComparison.Ordinal);
    }
}
