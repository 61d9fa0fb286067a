using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Infrastructure.Http;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review40;

/// <summary>Review 40 (git diff c48e7d0..58a22ab): the private-host trust of hostile-input audit 48, H1.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review40GuardTests
{
    // R1: a trusted host is trusted only where it is, by exact name, the listed feed's own host. A trusted internal feed that
    // redirects between hosts the operator listed together (intranet.corp -> www.intranet.corp), whose stored move goes to
    // another listed host, or whose items' pages are on a listed sibling host (or on the listed IP of the same server) is
    // now refused, with a message that says the host is trusted "for its own feeds only". The audit asked for the hosts of
    // the feed's own listed URL "and its stored move"; nothing here ties a public feed to these hosts.
    [Theory]
    [InlineData("www.intranet.corp", "intranet.corp")]   // www / non-www redirect of the trusted feed itself
    [InlineData("wiki2.corp", "wiki.corp")]              // the trusted feed's permanent move to another listed host
    [InlineData("10.0.0.5", "wiki.corp")]                // the same server listed by its name and its address
    public void R1_AHostListedBesideTheTrustedFeedsOwnHost_ShouldBeReachableForThatFeed(string host, string feedHost)
    {
        var guard = new NetworkGuard(["intranet.corp", "www.intranet.corp", "wiki.corp", "wiki2.corp", "10.0.0.5"]);
        Assert.True(guard.IsHostAllowed(host, feedHost));
    }

    [Fact]
    public async Task R1_AListedAddress_ForAFeedOnAListedName_ShouldResolveWithoutRefusal()
    {
        var guard = new NetworkGuard(["wiki.corp", "10.0.0.5"]);
        var addresses = await guard.ResolveAsync("10.0.0.5", "wiki.corp", CancellationToken.None);
        Assert.Single(addresses);
    }
}

/// <summary>Review 40: what the encoder reads (EncoderText.WithoutHousekeepingLead).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review40EncoderTextTests
{
    private static readonly string Story = string.Concat(Enumerable.Repeat(
        "Intel will lose more ground to AMD in servers next year, as cloud buyers price cores rather than brands and move their databases to the cheaper parts. ", 14));

    private static readonly EncoderText Text = new();

    // R2: a paragraph goes whole when two of its three sentences are housekeeping, so the one sentence that says what a
    // podcast episode or a newsletter issue is about goes with the "Thanks for listening!" beside it; the encoder then reads
    // the show notes' timestamps instead. Only the housekeeping sentences should go.
    [Fact]
    public void R2_AShowNotesLead_ThatSaysWhatTheEpisodeIsAbout_ShouldKeepThatSentence()
    {
        var lead = "Dario Amodei explains why scaling laws still hold for reasoning models and what Anthropic plans to ship next. Thanks for listening! Let us know in the comments below.";
        var kept = Text.WithoutHousekeepingLead(lead + "\n" + Story);
        Assert.Contains("scaling laws still hold", kept, StringComparison.Ordinal);
    }

    // R3: a one-sentence paragraph that opens on a greeting is housekeeping whatever follows the greeting: "Hi everyone, Meta
    // just released Llama 4 ..." is the story's lead, and the summarizer already reads it so (WithoutGreeting, held-out
    // review 59, F7). The encoder drops it.
    [Fact]
    public void R3_AStoryLead_OpeningOnAGreeting_ShouldStay()
    {
        var lead = "Hi everyone, Meta just released Llama 4 Scout and Maverick, open-weight models with a ten million token context window.";
        var text = lead + "\n" + Story;
        Assert.Equal(text, Text.WithoutHousekeepingLead(text));
    }

    // R4: paragraphs are taken between single '\n's, so a blank line between paragraphs (plain-text and JSON feeds'
    // content_text, HtmlText's own blank-line paragraph break) is read as an empty paragraph, which stops the loop: the
    // second housekeeping paragraph the doc comment promises to drop stays, with a stray '\n' before it.
    [Fact]
    public void R4_TwoHousekeepingParagraphs_SeparatedByABlankLine_ShouldGoBoth()
    {
        var text = "Editor's note: this post was updated on March 3 to correct the date of the launch.\n\nThanks for reading, and please subscribe to get it every week.\n\n" + Story;
        Assert.Equal(Story, Text.WithoutHousekeepingLead(text));
    }
}

/// <summary>Review 40: the summarizer's verdict labels and measured results.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review40SummarizerTests
{
    // R5: "outperforms X by N points" is read only where nothing between the verb and "by" holds a '.', and in AI news the
    // thing beaten is usually a versioned model: "Llama 3.1", "GPT-4.5", "Claude 3.5 Sonnet".
    [Theory]
    [InlineData("Qwen3 outperforms Llama 3.1 405B by 12 points on MMLU.")]
    [InlineData("The new model beats GPT-4.5 by a wide margin on SWE-bench.")]
    public void R5_AResultAgainstAVersionedModel_ShouldStateAFinding(string sentence)
        => Assert.True(Summarizer.StatesAFinding(sentence));

    // R6: the measured-comparison rule is keyed to the one post's phrasing ("six times faster"): the equally common "twice as
    // fast", "three times as fast as", "half the cost" say the same and are not read.
    [Theory]
    [InlineData("Claude returned finished, correct code about twice as fast as Codex.")]
    [InlineData("DuckDB answered the rollup three times as fast as SQLite.")]
    public void R6_AMeasuredComparison_WrittenWithAs_ShouldStateAFinding(string sentence)
        => Assert.True(Summarizer.StatesAFinding(sentence));

    // R7: a vendor's ceiling ("up to 10x faster") is no measured result, but it now weighs like a finding: press releases
    // put it in the first ten sentences, where it competes with the news lead.
    [Theory]
    [InlineData("The M5 chip is up to 4x faster than M4 at AI workloads.")]
    [InlineData("Blackwell Ultra delivers up to 50% lower cost per token.")]
    public void R7_AVendorsUpToClaim_ShouldNotStateAFinding(string sentence)
        => Assert.False(Summarizer.StatesAFinding(sentence));
}

/// <summary>Review 40: the worst-case fetch check (hostile-input audit 48, H4).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review40ConfigTests
{
    // R8: fetch.retries keeps its range 0-10, but from 9 retries on no timeout fits (10 x 1 s + 9 x 30 s + 30 s = 310 s >
    // 300 s): the range admits values that can never load, and the refusal tells the user to lower timeout_seconds, which
    // cannot help. The range, or the message, should say so.
    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void R8_ARetriesValueNoTimeoutFits_ShouldNotBeFixedByLoweringTheTimeout(int retries)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(
            $"feeds: {{urls: [\"https://example.org/feed\"]}}\nfetch: {{timeout_seconds: 1, retries: {retries}}}\n", "pipeline.yaml"));
        Assert.DoesNotContain("lower fetch.timeout_seconds", error.Message, StringComparison.Ordinal);
    }
}
