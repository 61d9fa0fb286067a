using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out reviews 63 to 65 on summary sentences: an author's opening note set as a blockquote counted as a quotation and
/// as series housekeeping (63, F5); an advisory's sentence that ends at a line break before its fields refused for its stop
/// (64, F3); a parenthesis that only pointed at its link kept (65, F6); a code listing's last line run into the prose after
/// it (65, F8). Each with the reviews' real text, and the inputs that must be read as before.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeldOut63To65SummaryTests
{
    // richardrodger.rss, "The Voxgig Podcast Chatbot: Triggering Ingestion, and some Debugging DX" (its opening), as published.
    private const string VoxgigTitle = "The Voxgig Podcast Chatbot: Triggering Ingestion, and some Debugging DX";

    private const string Voxgig =
        "<blockquote class=\"wp-block-quote\"><p>This is the third post in a series I’m writing about a new <a href=\"https://www.voxgig.com/podcast\">Minimal Viable Product</a> " +
        "we’ve released at Voxgig that turns your podcast into a chatbot. Your visitors can now ask your guests questions directly! The first post is here: " +
        "<a href=\"https://www.richardrodger.com/2024/02/20/building-a-podcast-chatbot-for-voxgig/\">Building a Podcast Chatbot for Voxgig</a> and you find the " +
        "<a href=\"#other-posts-in-this-series\">full list</a> at the end of this post.</p></blockquote>" +
        "<p>The problem with podcasts is that they tend to have new episodes. This is annoying because you can’t just ingest all the episodes once and be done with it. " +
        "You have to set up a regular process (once a day is sufficient) to download the podcast RSS feed, check for new episodes and changes to old episodes, and run part of the data ingestion process again.</p>" +
        "<p>To model this business logic, the system uses two separate messages:</p>" +
        "<ul><li><code>aim:ingest,subscribe:podcast</code>: subscribe to a podcast, called only once to setup the podcast in the system</li>" +
        "<li><code>aim:ingest:ingest:podcast</code>: actually process each episode and ingest the content</li></ul>" +
        "<p>The <code>ingest:podcast</code> message is the one we will run on a daily basis. For the moment, let’s ignore the devops side of this system (it’s still under development at the time of writing), and focus on processing the episodes of a podcast.</p>" +
        "<p>The podcast RSS gives us the list of episodes, so we need to download the RSS to get the latest version. This does mean that on the initial subscription, in our system, the RSS gets downloaded twice. " +
        "We can easily solve this problem by adding a parameter to the <code>ingest:podcast</code> message (and we may yet do that in future), but for now, we are deliberately not going to solve this problem.</p>" +
        "<p>This little decision lets us keep the <code>ingest:podcast</code> message implementation simpler for now. Let’s look at the code, but this time also think about error handling. " +
        "This message assumes we have already subscribed to a podcast in our system.</p>";

    [Fact]
    public void F5_TheAuthorsOpeningNoteInABlockquote_ShouldOpenTheSummary_AsTheAuthorsOwnWords()
    {
        var summary = Summarizer.Summarize(VoxgigTitle, HtmlText.ToPlainText(Voxgig), 3);

        Assert.StartsWith("This is the third post in a series I’m writing about a new Minimal Viable Product we’ve released at Voxgig that turns your podcast into a chatbot.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void F5_AStatementQuotedAtTheTop_ShouldStayAQuotation()
    {
        const string html = "<blockquote><p>We take the security of our customers seriously and have engaged outside experts to investigate the incident at our data centre.</p></blockquote>" +
            "<p>Acme Hosting said on Tuesday that attackers had copied the billing records of about 40,000 customers from a backup server.</p>" +
            "<p>The company has reset every customer password and says that no card numbers were stored on the server that was breached.</p>" +
            "<p>Customers who reused their Acme password on other sites are advised to change it there as well, the company said.</p>";

        var summary = Summarizer.Summarize("Acme Hosting breach exposes billing records", HtmlText.ToPlainText(html), 3);

        Assert.DoesNotContain(" We take the security", " " + summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This is the third post in a series I’m writing about a new Minimal Viable Product we’ve released at Voxgig that turns your podcast into a chatbot.", false)]
    [InlineData("This is part 3 of my series.", true)]
    [InlineData("This is the third article in our series on Hackability.", true)]
    // many-links.rss (the fixture corpus), "Hackable Projects - Pillar 3": a title, then a pointer to the other parts.
    [InlineData("This is the third article in our series on Hackability; also see the first and second article.", true)]
    [InlineData("This is the second post in my series about Rust.", true)]
    public void F5_ASeriesNote_ShouldBeHousekeeping_UnlessItGoesOnToItsSubject(string sentence, bool housekeeping)
        => Assert.Equal(housekeeping, Summarizer.IsGreeting(sentence));

    // vulncheck-kev.rss, CVE-2025-1316, its description as published.
    private const string KevTitle = "[vulncheck] CVE-2025-1316 - Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')";

    private const string Kev =
        "Edimax IC-7100 does not properly neutralize requests. An attacker can create specially crafted requests to achieve remote code execution on the device<br><br>" +
        "Vendor: Edimax<br>Product: IC-7100 IP Camera<br><br>VulnCheck Reported Exploitation Citations:<br>" +
        "<ul><li><a href='https://www.securityweek.com/edimax-camera-zero-day-disclosed-by-cisa-exploited-by-botnets/'>https://www.securityweek.com/edimax-camera-zero-day-disclosed-by-cisa-exploited-by-botnets/</a></ul>";

    [Fact]
    public void F3_AClauseEndingAtALineBreakBeforeFields_ShouldTakeItsStop()
    {
        var summary = Summarizer.Summarize(KevTitle, HtmlText.ToPlainText(Kev), 3);

        Assert.Equal("Edimax IC-7100 does not properly neutralize requests. An attacker can create specially crafted requests to achieve remote code execution on the device.", summary);
    }

    [Theory]
    // Cut by the feed mid-sentence, on a word no sentence ends on, or on dots.
    [InlineData("An attacker can create specially crafted requests to achieve remote code execution on the")]
    [InlineData("An attacker can create specially crafted requests to achieve remote code execution and")]
    [InlineData("An attacker can create specially crafted requests to achieve remote code execution...")]
    // A heading or a label over the fields.
    [InlineData("Remote Code Execution in Edimax Cameras")]
    [InlineData("Affected products and versions listed by the vendor")]
    public void F3_ALineThatIsNoWholeClause_ShouldNotTakeAStop(string line)
    {
        var text = "Edimax IC-7100 does not properly neutralize requests sent to its web interface.\n" + line + "\nVendor: Edimax\nProduct: IC-7100 IP Camera";

        Assert.DoesNotContain(Summarizer.Sentences(text, "en"), s => s.StartsWith(line[..20], StringComparison.Ordinal));
    }

    [Fact]
    public void F3_AClauseBeforeOneNoteLine_ShouldStayWithoutItsStop()
    {
        const string text = "Edimax IC-7100 does not properly neutralize requests sent to its web interface.\n"
            + "An attacker can create specially crafted requests to achieve remote code execution on the device\n"
            + "Note: the vendor says the camera is no longer supported and will not be patched by anyone.";

        Assert.DoesNotContain(Summarizer.Sentences(text, "en"), s => s.StartsWith("An attacker", StringComparison.Ordinal));
    }

    [Theory]
    // simonwillison.atom, "Gemini 3.5 Flash": the link was the parenthesis's "price comparison here".
    [InlineData("The new 3.5 Flash is 3x the price of 3 Flash Preview and 6x the price of 3.1 Flash-Lite (see price comparison here).",
        "The new 3.5 Flash is 3x the price of 3 Flash Preview and 6x the price of 3.1 Flash-Lite.")]
    [InlineData("The full benchmark results are on the project's site (details here).", "The full benchmark results are on the project's site.")]
    [InlineData("Google published the model card today (more here) alongside the weights.", "Google published the model card today alongside the weights.")]
    [InlineData("The patch landed in the kernel this week (via link).", "The patch landed in the kernel this week.")]
    [InlineData("The patch landed in the kernel this week (here).", "The patch landed in the kernel this week.")]
    // Parentheses that say what is there, or where it came from, stay.
    [InlineData("The new model is faster than the old one (see below for benchmarks).", "The new model is faster than the old one (see below for benchmarks).")]
    [InlineData("The startup raised $20 million in August (via TechCrunch).", "The startup raised $20 million in August (via TechCrunch).")]
    [InlineData("The new release is much quicker (more than 3x faster on ARM).", "The new release is much quicker (more than 3x faster on ARM).")]
    [InlineData("The team explains the change (see the migration guide for the steps).", "The team explains the change (see the migration guide for the steps).")]
    public void F6_AParenthesisThatOnlyPointsAtItsLink_ShouldLeaveTheSentence(string sentence, string tidy)
        => Assert.Equal(tidy, Summarizer.Tidy(sentence));

    // kenhuang-substack.rss, "I timed Grok Build TUI ...": a listing's last line, then a paragraph that opens on an identifier.
    private const string Listing =
        "<p>Drop that one line and your cache evicts the wrong thing under read-heavy load, which is the bug that makes an LRU cache fail with no warning.</p>" +
        "<pre><code>    def put(self, key, value):\n        if key in self.store:\n            self.store.move_to_end(key)\n        self.store[key] = value\n" +
        "        if len(self.store) &gt; self.capacity:\n            self.store.popitem(last=False)   # drop least-recently used</code></pre>" +
        "<p><code>put</code> writes the value, then checks size. <code>popitem(last=False)</code> pops from the front, which is the least-recently used end. " +
        "The order matters: you insert first and evict second, so a fresh write never evicts itself when the cache is full.</p>";

    [Fact]
    public void F8_ACodeListingsLastLine_ShouldNotRunIntoTheProseAfterIt()
    {
        var sentences = Summarizer.Sentences(HtmlText.ToPlainText(Listing), "en");

        Assert.DoesNotContain(sentences, s => s.Contains("drop least-recently used put", StringComparison.Ordinal));
        Assert.Contains("The order matters: you insert first and evict second, so a fresh write never evicts itself when the cache is full.", sentences);
    }

    [Fact]
    public void F8_AWrappedLineOfProseThatNamesAnIdentifier_ShouldStillGoOn()
    {
        const string text = "When the importer starts it reads every file in the folder and calls load_data on each one and\n"
            + "then writes all of the results to the database in a single batch.";

        Assert.Contains("When the importer starts it reads every file in the folder and calls load_data on each one and then writes all of the results to the database in a single batch.",
            Summarizer.Sentences(text, "en"));
    }
}
