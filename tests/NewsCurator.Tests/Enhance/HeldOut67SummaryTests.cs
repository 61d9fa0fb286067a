using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 67 on summary sentences: an object pronoun whose noun was in a sentence left out (F2); a gemlog post's
/// lede lost behind its metadata lines (F3); "You can read/grab ... from <page>" pointers kept as the story (F4); a
/// release's "Highlights include:" list never read (F5). Each with the review's real text, and the inputs that must be
/// read as before.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeldOut67SummaryTests
{
    [Theory]
    [InlineData("You can use one of them or both.", true)]
    [InlineData("You can make it weak or strong in it's opinions and make it convincible in any topic you like.", true)]
    [InlineData("We released it last week.", true)]
    // A dummy "it", or "them" after its noun in the same sentence, stands for nothing before.
    [InlineData("We think it is going to rain in Berlin again this week.", false)]
    [InlineData("You can make it easy to deploy apps on a Raspberry Pi.", false)]
    [InlineData("I think it's worth noting that the build is twice as fast.", false)]
    [InlineData("Install the plugins and enable them in the settings.", false)]
    [InlineData("You can run models locally with Ollama.", false)]
    public void F2_ABareObjectPronoun_LeansOnTheSentenceBefore(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));

    // redterminal.atom, "Google deprecating Manifest v2 - Use Qutebrowser": its "Built in Ad Blocker" section, as published.
    private const string AdBlocker =
        "There are many more shortcuts and you can also define your own.\n\n" +
        "Built in Ad Blocker\n\n" +
        "Qutebrowser also has a built in Ad Blocker which supports hosts file lists and AdBlock Plus lists. You can use one of them or both. " +
        "So although it uses the chromium engine (from QTWebEngine) and doesn't support extensions at all you have reliable ad blocking. Who needs extensions anyway?\n\n" +
        "Updated Chromium engine\n\n" +
        "While Qutebrowser is based on the QT toolkit which only updates to a new Chromium release on every minor QT release, every patch release backports security fixes from newer Chromium versions.";

    [Fact]
    public void F2_OneOfThem_ShouldStayOutOfTheSummary()
    {
        var summary = Summarizer.Summarize("Google deprecating Manifest v2 - Use Qutebrowser", AdBlocker, 3);

        Assert.DoesNotContain("one of them", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("To learn more about the concept of reading lists in FeedLand, you can read this article from FeedLand blog that explains the feature in more detail.", true)]
    [InlineData("You can grab the tarball from our download page.", true)]
    [InlineData("You can also explore the FeedLand API documentation on the FeedLand website to learn more about it.", true)]
    [InlineData("You can download the slides here.", true)]
    // What the thing does, said to the reader: the story's.
    [InlineData("You can run models locally with Ollama.", false)]
    [InlineData("You can get 20% faster builds on the new runner.", false)]
    [InlineData("You can now watch live games on YouTube TV in 4K.", false)]
    [InlineData("You can find bugs in the parser faster with the new fuzzing mode.", false)]
    public void F4_AYouCanPointerToAPage_IsACallToAction(string sentence, bool pointer)
        => Assert.Equal(pointer, Summarizer.IsCallToAction(sentence));

    // qemu.atom, "QEMU version 10.1.0 released", as published (the list shortened to its first four items and its last).
    private const string Qemu =
        "<p>We’d like to announce the availability of the QEMU 10.1.0 release. This release contains 2700+ commits from 226 authors.</p>" +
        "<p>You can grab the tarball from our <a href=\"https://www.qemu.org/download/#source\">download page</a>. The full list of changes are available <a href=\"https://wiki.qemu.org/ChangeLog/10.1\">in the changelog</a>.</p>" +
        "<p>Highlights include:</p><ul>" +
        "<li>VFIO: Initial support for accessing/mapping memory for confidential guests when guest_memfd is being utilized, allowing passthrough support for virtual machines running under SEV-SNP/TDX</li>" +
        "<li>Live migration: support for utilizing multifd to accelerate post-copy migration, optimizations for pre-copy migration, and RDMA migration support for ipv6</li>" +
        "<li>QEMU guest agent: support for querying load of virtual machines running Windows via new ‘guest-get-load’ command</li>" +
        "<li>x86: KVM support for running confidential guests via Intel TDX</li>" +
        "<li>and lots more…</li></ul>" +
        "<p>Thank you to everybody who contributed to this release, whether that was by writing code, reporting bugs, improving documentation, testing, or providing the project with CI resources. We couldn’t do these without you!</p>";

    [Fact]
    public void F5_AReleasesHighlightsIncludeList_ShouldReachTheSummary()
    {
        var summary = Summarizer.Summarize("QEMU version 10.1.0 released", HtmlText.ToPlainText(Qemu), 3);

        Assert.Contains("migration", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("tarball", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void F5_AFewWordsUnderHighlights_AreNoSentence()
    {
        const string text = "<p>Version 3.2 of the Tiller build tool is out today, after six months of work by its maintainers on speed and caching.</p>" +
                            "<p>Highlights include:</p><ul><li>Faster builds</li><li>Smaller images</li></ul>" +
                            "<p>The remote cache now shares artifacts between branches, so a pull request rebuilds only what it touched.</p>";

        var summary = Summarizer.Summarize("Tiller 3.2 released", HtmlText.ToPlainText(text), 3);

        Assert.DoesNotContain("Faster builds", summary, StringComparison.Ordinal);
        Assert.Contains("Tiller build tool", summary, StringComparison.Ordinal);
    }

    // redterminal.atom, "Ollama - llama3.1 8B jailbroken": its opening as the parser reads it (the gemtext metadata block kept).
    private const string OllamaTitle = "Ollama - llama3.1 8B jailbroken";

    private const string Ollama =
        "Ollama - llama3.1 8B jailbroken\n" +
        "Author: -fab- fab@redterminal.org>\n" +
        "License: CC BY-SA 4.0\n" +
        "Published on: Mon, 13 Jan 2025 02:58:17 +0100\n" +
        "Last updated: Mon, 13 Jan 2025 02:58:17 +0100\n" +
        "Recently, I have discovered that there is a \"jailbroken\" version of llama3.1:8B Large Language Models for Ollama. If you are interested in experimenting with \"AI\" and want to do it locally on your computer without the prying eyes of companies or state institutions, then this might be something for you.\n" +
        "I assume that you have already installed and configured Ollama. Instructions for this can be found on the internet.\n" +
        "To use the models, one must download one of the following 'gguf' files from the web and import it into Ollama:\n" +
        "Freedom for \"AI\" finally\n" +
        "Now you can have any experience you like with your \"AI\". You can make it right-wing or left-wing and have any bias you want. Much more fun than the \"neutral\" and boring standard Models. " +
        "You can make it weak or strong in it's opinions and make it convincible in any topic you like. Freedom without borders!";

    [Fact]
    public void F3_AGemlogPostsLede_ShouldOpenItsSummary_PastItsMetadataLines()
    {
        var summary = Summarizer.Summarize(OllamaTitle, Ollama, 3);

        Assert.StartsWith("Recently, I have discovered that there is a \"jailbroken\" version", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("weak or strong", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void F3_ATextWithoutOpeningFields_IsReadAsItIs()
    {
        const string text = "Status: the migration is done.\nThe team moved every service to the new cluster over the weekend.";

        Assert.Equal(text, Lede.WithoutOpeningFields(text));
    }
}
