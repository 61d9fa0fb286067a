using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Show notes' furniture is no part of an episode's summary or preview: chapter lines, a pointer to the rest of the notes,
/// a call to listeners over a contact block, the hosts saying they made the episode, a "Summary:" heading (held-out review 80).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ShowNotesFurnitureTests
{
    [Fact]
    public void Episode_WithAChapterRunThatIsNoIndex_ShouldNotPrintAChapterLine()
    {
        // F1: three stamped lines, one of them stock, then the outline broken by a sponsor line: no index, and no sentence either.
        var text = "Ines Varga and Tom Okafor are compiler engineers and teachers. Ines leads the optimizer team at Northwind Labs and wrote The Inliner's Handbook.\n" +
            "Support the show: visit our sponsors page.\n\nOUTLINE:\n0:00 - Introduction\n2:14 - Rust vs Go: Which compiles faster?\n12:40 - Why inlining still matters\n" +
            "Brought to you by our sponsors\n1:05:10 - The future of compilers\n";
        var summary = Summarizer.Summarize("State of Compilers in 2026: Rust, Go, Inlining | Deep Stack #12", text, null, "Ines Varga and Tom Okafor…", 3, "en", episode: true);
        Assert.DoesNotContain("2:14", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("12:40", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Outline_BrokenByALineOfNoWords_ShouldStayOneIndex()
    {
        // F1: "..." or "—" inside the outline does not end it.
        var topics = Summarizer.ChapterTopics("0:00 - Introduction\n2:14 - Rust vs Go: Which compiles faster?\n12:40 - Why inlining still matters\n...\n1:05:10 - The future of compilers\n", episode: true);
        Assert.Equal(["Introduction", "Rust vs Go: Which compiles faster?", "Why inlining still matters", "The future of compilers"], topics);
        // Two lines of no words end it.
        Assert.Null(Summarizer.ChapterTopics("0:00 - Opening the books\n...\n—\n2:14 - Rust vs Go\n12:40 - Why inlining matters\n", episode: true));
    }

    [Fact]
    public void ProseThatStartsOnATime_ShouldStayASentence()
    {
        // What F1's fix must not break: a sentence of the notes that opens on a clock time ends as a sentence does.
        const string text = "10:30 - The keynote opens with a live demo of the new scheduler.\n2:14 - Rust vs Go\n";
        Assert.Equal("10:30 - The keynote opens with a live demo of the new scheduler.", Summarizer.WithoutChapterLines(text).Trim());
    }

    private const string EpisodeNotes =
        "Mara Quist is the creator of Tideline, an embeddable database that now runs on forty million phones.\n" +
        "See below for timestamps, transcript, and to give feedback, submit questions, and more.\n\nOUTLINE:\n" +
        "0:00 - Episode highlight\n1:20 - Introduction\n4:05 - Tideline origin story\n9:40 - Why embedded databases won\n21:30 - Sync without servers\n";

    [Fact]
    public void Episode_WhoseSentenceNamesTheTitlesSubject_ShouldLeadItsChapters()
    {
        // F2: the sentence naming the title's subject says what the episode is about; "Episode highlight" is a stock chapter.
        var summary = Summarizer.Summarize("Tideline: The Tiny Database That Ate the Edge - Mara Quist | Deep Stack Podcast #77", EpisodeNotes, null, "Mara Quist is…", 3, "en", episode: true);
        Assert.Equal("Mara Quist is the creator of Tideline, an embeddable database that now runs on forty million phones. " +
            "Its chapters cover Tideline origin story; Why embedded databases won; Sync without servers.", summary.Text);
    }

    [Fact]
    public void Episode_WhoseTitleOpensOnTheGuestBeforeADash_ShouldKeepItsChaptersAlone()
    {
        // The guest's name before the dash is the title's subject, but a sentence naming them is their biography (review of session 44, R7).
        var notes = EpisodeNotes.Replace("Mara Quist is the creator", "Our guest Mara Quist is the creator", StringComparison.Ordinal);
        var summary = Summarizer.Summarize("Mara Quist - The Tiny Database That Ate the Edge | Deep Stack Podcast #77", notes, null, "Our guest…", 3, "en", episode: true);
        Assert.StartsWith("Its chapters cover Tideline origin story", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Episode_WhoseTitleOpensOnTheGuest_ShouldKeepItsChaptersAlone()
    {
        // What F2's fix must not break: a biography of the guest the title opens on does not lead (twenty-eighth review, F6).
        var summary = Summarizer.Summarize("Mara Quist: The Tiny Database That Ate the Edge | Deep Stack Podcast #77", EpisodeNotes, null, "Mara Quist is…", 3, "en", episode: true);
        Assert.StartsWith("Its chapters cover Tideline origin story", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_ShouldLeaveOutAPointerToTheRestOfTheNotes()
    {
        // F2: "See below for timestamps, transcript, ..." is the notes' furniture.
        var preview = Lede.Preview("Tideline: The Tiny Database That Ate the Edge", EpisodeNotes, 400);
        Assert.DoesNotContain("See below", preview, StringComparison.Ordinal);
        Assert.StartsWith("Mara Quist is the creator of Tideline", preview, StringComparison.Ordinal);
    }

    private const string ListenerCallNotes =
        "This episode Ana went to RustConf in Montreal. She asked speakers what surprised them most this year, and collected their answers about async and tooling.\n" +
        "Do you have a story to share? Any questions? Let us know:\n- web: deepstack.example\n- mail: hello@deepstack.example\n\nNews of the week\n";

    [Fact]
    public void ListenerCall_OverAContactBlock_ShouldBeNoSentenceOfTheSummaryOrPreview()
    {
        // F3.
        var summary = Summarizer.Summarize("RustConf 2026", ListenerCallNotes, null, "This episode Ana…", 3, "en", episode: true);
        Assert.DoesNotContain("Do you have", summary.Text, StringComparison.Ordinal);
        Assert.StartsWith("This episode Ana went to RustConf", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Do you", Lede.Preview("RustConf 2026", ListenerCallNotes, 400), StringComparison.Ordinal);
        // The call and its invitation on two lines.
        Assert.DoesNotContain("story to share", Summarizer.WithoutListenerCalls("Intro.\nGot a story to share?\nEmail: hello@deepstack.example\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void RhetoricalQuestion_WithoutAContactBlock_ShouldStay()
    {
        // What F3's fix must not break: an article's question to its reader that no contact block answers.
        const string text = "Do you have a backup plan? Most teams do not, and the outage showed why.\nThe vendor restored service after nine hours.\n";
        Assert.Equal(text, Summarizer.WithoutListenerCalls(text));
    }

    private const string MakingOfNotes =
        "Ana, Ben & Cy record an episode with some semblance of quality. The crew compares Cursor and Copilot at work and what each gets wrong in review. " +
        "Ben reports on a two-day challenge of coding with no AI at all, and why he gave up on the second morning. " +
        "They agree an AI assistant is a junior engineer whose every change needs review.";

    [Fact]
    public void HostsSayingTheyMadeTheEpisode_ShouldOpenNeitherTheSummaryNorThePreview()
    {
        // F4.
        var summary = Summarizer.Summarize("Vibe Coding When The Vibes Are Off", MakingOfNotes, null, "Ana, Ben & Cy…", 2, "en", episode: true);
        Assert.DoesNotContain("record an episode", summary.Text, StringComparison.Ordinal);
        Assert.StartsWith("The crew compares Cursor and Copilot", Lede.Preview("Vibe Coding When The Vibes Are Off", MakingOfNotes, 400), StringComparison.Ordinal);
    }

    [Theory]
    // What F4's fix must not break: where, with whom or about what the episode was made is news.
    [InlineData("We recorded this episode live at KubeCon in Chicago.")]
    [InlineData("Ana records an episode about the borrow checker's new solver.")]
    [InlineData("The team recorded the show with guest Priya Raman.")]
    public void SentenceThatSaysWhereOrWhat_ShouldBeNoMakingOf(string sentence) => Assert.False(Summarizer.IsMakingOfTheEpisode(sentence));

    [Fact]
    public void Preview_ShouldLeaveOutASummaryHeadingOnItsOwnLine()
    {
        // F5: the notes open on "<h2>Summary:</h2>".
        var preview = Lede.Preview("Is The Web Getting Worse?", "Summary:\nThis episode explores the decay of online platforms and what search engines optimise for.\n", 400);
        Assert.StartsWith("This episode explores", preview, StringComparison.Ordinal);
    }
}
