using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>HTML to text, sentence splitting and the summary checker: the rules an editor reads by.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SummaryTextTests
{
    [Theory]
    [InlineData("<p>extend objects (<code>NSNumber</code>, <code>NSString</code>, etc.) to conform</p>", "extend objects (NSNumber, NSString, etc.) to conform")]
    [InlineData("flaky <a href=\"#f1\">[1]</a>. So it is", "flaky [1]. So it is")]
    [InlineData("<p>every day,\nin the form of dependencies</p><p>Next</p>", "every day, in the form of dependencies\nNext")]
    [InlineData("<pre>int x;\nint y;</pre>", "int x;\nint y;")]
    [InlineData("plain text line one\nline two", "plain text line one\nline two")]
    [InlineData("one<br>two<br/>three", "one\ntwo\nthree")]
    // A blank line is plain text's paragraph break pasted into HTML (a kernel advisory: nineteenth held-out review, F4);
    // a wrapped line inside it is still one line.
    [InlineData("has been resolved:\n\nALSA: Fix accesses\n\nA bogus device can exceed the\ninitial value.<br>Vendor: Linux",
        "has been resolved:\nALSA: Fix accesses\nA bogus device can exceed the initial value.\nVendor: Linux")]
    [InlineData("<p>one\r\n \r\ntwo</p>", "one\ntwo")]
    public void HtmlText_ShouldKeepInlineElementsInlineAndOnlyBlocksAsBreaks(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html));

    // A list item keeps a bullet, as a plain-text list does: its lines are the list's, not the author's running prose.
    [Theory]
    [InlineData("<p>Steps:</p><ul><li>Open Settings.</li><li><p>Select the exception from the list.</p></li><li></li></ul><p>Done.</p>",
        "Steps:\n• Open Settings.\n• Select the exception from the list.\nDone.")]
    [InlineData("<ol><li>One<ul><li>nested</li></ul></li><li>Two</li></ol>", "• One\n• nested\n• Two")]
    [InlineData("<ul><li></li></ul>", "")]
    // A data table's cells (it has header cells) are entries too (nineteenth held-out review, F6); a layout table's are prose.
    [InlineData("<p>In the following table:</p><table><thead><tr><th>Resources</th><th>Remarks</th></tr></thead><tbody><tr><td>1.5 core</td><td>The runtime will round the value down.</td></tr></tbody></table><p>So we moved on.</p>",
        "In the following table:\n• Resources\n• Remarks\n• 1.5 core\n• The runtime will round the value down.\nSo we moved on.")]
    [InlineData("<table><tr><td><p>Our story starts here.</p></td></tr></table>", "Our story starts here.")]
    // An e-mail template's layout columns hold prose; a nested table (its text the outer cell's entry) ends without ending
    // its data table.
    [InlineData("<table><tr><th class=\"small-12 columns\"><p>Our story starts here.</p></th><th class=\"columns\"><p>It goes on.</p></th></tr></table>", "Our story starts here.\nIt goes on.")]
    [InlineData("<table><tr><th>A</th><th>B</th></tr><tr><td><table><tr><td>x</td></tr></table></td><td>Cell.</td></tr></table>", "• A\n• B\n• x\n• Cell.")]
    // A record's table, one header cell a row, reads as the record it is.
    [InlineData("<table><tr><th>Version:</th><td>5.7-rc4</td></tr><tr><th>Released:</th><td>2020-05-03</td></tr></table>", "Version:\n5.7-rc4\nReleased:\n2020-05-03")]
    public void HtmlText_ShouldMarkListItems(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void Summarize_ShouldNotTakeAnySentenceOfAListItem()
    {
        // A podcast's notes: the sponsor line's second sentence was picked, and a how-to's step read as the author's words.
        var text = HtmlText.ToPlainText("<p>This week we talk about the new scheduler in Linux 6.8 and why it matters for latency.</p>"
            + "<p>We also look at how the kernel team tested it on real desktop workloads.</p><p>Sponsored by</p>"
            + "<ul><li>Hover: Hover is turning 10 this month! Celebrate with incredible deals on domains and more.</li>"
            + "<li>Select the exception from the list and press the button to apply it.</li></ul>");
        var summary = Summarizer.Summarize("Episode 307: the new scheduler", text, null, "preview", 3, "en");
        Assert.Equal(SummarySources.Extractive, summary.Source);
        Assert.DoesNotContain("Celebrate", summary.Text);
        Assert.DoesNotContain("Select the exception", summary.Text);
    }

    // Captions and photo credits describe a picture the newsletter does not show: they opened previews
    // ("Enlarge (credit: Getty Images)") and summaries across whole feeds (Ars Technica, The Verge, WordPress).
    [Theory]
    [InlineData("<figure><img src=\"a.jpg\"><figcaption>Illustration by A. Krales / The Verge</figcaption></figure><p>The FTC warns.</p>", "The FTC warns.")]
    [InlineData("<figure class=\"intro-image\"><img src=\"a.jpg\"><p class=\"caption\" style=\"x\"><a href=\"b.jpg\" class=\"enlarge-link\">Enlarge</a> <span class=\"sep\">/</span> Michael Keaton. (credit: YouTube)</p></figure><p>Streaming apps bundle.</p>", "Streaming apps bundle.")]
    [InlineData("<div class=\"wp-caption alignleft\"><img src=\"a.jpg\"><p class=\"wp-caption-text\">A cat</p></div>Text<div>after</div>", "Text\nafter")]
    [InlineData("<p>Before</p><p class=\"caption\">Unclosed caption<p>Kept paragraph</p>", "Before\nUnclosed caption\nKept paragraph")]
    [InlineData("<p class=\"captionless\">Not a caption</p>", "Not a caption")]
    // A self-closing dropped element holds nothing; one without an end tag only itself (a script runs to the end).
    [InlineData("<p>Before <svg viewBox=\"0 0 1 1\"/> after.</p><p>Next <iframe src=\"x\"/> and <button/> more.</p>", "Before after.\nNext and more.")]
    [InlineData("<p>Kept <iframe src=\"x\"> and the rest.</p>", "Kept and the rest.")]
    [InlineData("<p>Kept</p><script>var x = 1; <p>never text</p>", "Kept")]
    public void HtmlText_ShouldLeaveCaptionsAndCreditsOut(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html));

    // What a page hides from readers is decoration: a Hugo heading's permalink icon, an icon font's ligature, left the
    // stray word "link" in the text (ninth held-out review, flagos release info).
    [Theory]
    [InlineData("<h2 id=\"v1\">Version 1.2<a class=\"anchor\" href=\"#v1\" aria-hidden=\"true\"><i class=\"material-icons\">link</i></a></h2><p>Adds sync.</p>", "Version 1.2\nAdds sync.")]
    [InlineData("<p>Rated <span aria-hidden='TRUE'>★★★</span>three stars.</p>", "Rated three stars.")]
    [InlineData("<p>Kept <span aria-hidden=true>x</span> text.</p>", "Kept text.")]
    [InlineData("<p>Nested <span aria-hidden=\"true\"><span>a</span><span>b</span></span>done.</p>", "Nested done.")]
    // Only "true" hides; an element that never ends within the look-ahead keeps its text, as an unclosed caption does.
    [InlineData("<p>Shown <span aria-hidden=\"false\">yes</span>.</p>", "Shown yes.")]
    [InlineData("<p>Open <span aria-hidden=\"true\">unclosed text</p>", "Open unclosed text")]
    public void HtmlText_ShouldLeaveAriaHiddenElementsOut(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html));

    // A heading's permalink mark is no word (seventeenth held-out review, F10: "#Origin Repos").
    [Theory]
    [InlineData("<h2><a href=\"https://cursor.com/changelog#origin-repos\">#</a>Origin Repos</h2><p>Hosted.</p>", "Origin Repos\nHosted.")]
    [InlineData("<h3>Install <a class=\"headerlink\" href=\"#install\" title=\"Link\">&para;</a></h3>", "Install")]
    [InlineData("<h2>Setup<a href='#setup'><span>🔗</span></a></h2>", "Setup")]
    // Kept: a hashtag, a mark linking to another page, a link whose text is a word.
    [InlineData("<p>Tagged <a href=\"https://x.example/tags#ai\">#AI</a> today.</p>", "Tagged #AI today.")]
    [InlineData("<p>Issue <a href=\"https://x.example/issues/12\">#</a>12.</p>", "Issue #12.")]
    [InlineData("<p>See <a href=\"#setup\">setup</a> first.</p>", "See setup first.")]
    public void HtmlText_ShouldLeaveHeadingPermalinksOut(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void Summarize_ShouldNotTakeSentencesFromACodeListingsComments()
    {
        var text = "The screensaver can run a script on a wrong password through PAM. The script itself looks like this:\n"
                   + "#!/bin/bash\n# To be used with PAM. Look in /etc/pam.d for the script that your\n# screensaver etc uses. Typically it references common-account and common-auth.\n"
                   + "if [ \"$PAM_TYPE\" = \"auth\" ]; then reboot; fi\nAfter a wrong password the machine reboots into the encrypted disk's prompt. Nobody gets a second guess.";
        var summary = Summarizer.Summarize("Rebooting on wrong password", text, 3);
        Assert.DoesNotContain("common-auth", summary);
        Assert.Contains("reboots into the encrypted disk", summary);
    }

    [Fact]
    public void Splitter_ShouldRespectAbbreviationsDecimalsVersionsUrlsQuotesAndBrackets()
    {
        var text = "Dr. Smith met the U.S. team at 9 a.m. on Monday. Version 2.0.1 is 3.5 times faster (see e.g. the notes. They are long.) " +
                   "Read https://example.org/a.b.html for more. She said “It works. Really.” Then she left! J. R. R. Tolkien wrote books.";
        Assert.Equal(
        [
            "Dr. Smith met the U.S. team at 9 a.m. on Monday.",
            "Version 2.0.1 is 3.5 times faster (see e.g. the notes. They are long.)",
            "Read https://example.org/a.b.html for more.",
            "She said “It works. Really.”",
            "Then she left!",
            "J. R. R. Tolkien wrote books.",
        ], SentenceSplitter.Split(text));
    }

    [Fact]
    public void Splitter_ShouldGoOnAfterDottedParticlesAndAbbreviations_ButEndAfterDottedNamesOfCode()
    {
        // "Antoine v.d. Lee" ended a held-out video's one sentence at "v.d." (review 6, F2).
        Assert.Equal(
        [
            "A live coding session with Antoine v.d. Lee, a.k.a. Twitter's SwiftLee, in N.Y. City today.",
            "We call os.Getenv.",
            "Then node.js.",
            "It runs.",
        ], SentenceSplitter.Split("A live coding session with Antoine v.d. Lee, a.k.a. Twitter's SwiftLee, in N.Y. City today. We call os.Getenv. Then node.js. It runs."));
    }

    [Fact]
    public void Splitter_ShouldKeepAStraightQuotedPassageOfSeveralSentencesAsOne()
    {
        Assert.Equal(
        [
            "The advisory says \"The fix is ready. Upgrade today.\"",
            "Nobody disagreed.",
            "\"Yes,\" she said.",
            "\"We will.\"",
        ], SentenceSplitter.Split("The advisory says \"The fix is ready. Upgrade today.\" Nobody disagreed. \"Yes,\" she said. \"We will.\""));
        // An odd count on the line (an inch mark): no quotation is followed, sentences end as before.
        Assert.Equal(
        [
            "A 27\" monitor costs more.",
            "It is big.",
            "He said \"never.\"",
            "Fine.",
        ], SentenceSplitter.Split("A 27\" monitor costs more. It is big. He said \"never.\" Fine."));
        // An inch mark and a stray quote pair with nothing: the real quotation is the last one.
        Assert.Equal(
        [
            "The 27\" model sells well.",
            "Reviewers call it \"great value.",
            "It ships fast.",
            "Also \"cheap\" they say.",
        ], SentenceSplitter.Split("The 27\" model sells well. Reviewers call it \"great value. It ships fast. Also \"cheap\" they say."));
    }

    [Fact]
    public void Summary_ShouldKeepALeadThatOpensWithANameWrittenInLowerCase_AndNeverOpenOnALeaningSentence()
    {
        var text = "n8n workflow automation platform versions below 2.31.5 contain a high-severity sandbox escape that lets workflow editors run commands. "
                   + "This is a bypass of a previous sandbox escape fix discovered during security research. "
                   + "Administrators should update to 2.31.5 or 2.32.1 as soon as they can.";
        var summary = Summarizer.Summarize("n8n sandbox escape lets workflow editors run OS commands", text, null, "preview", 3, "en");
        Assert.StartsWith("n8n workflow automation platform versions below 2.31.5", summary.Text, StringComparison.Ordinal);
        Assert.Equal(["iOS 18 ships today.", "macOS follows next week."], SentenceSplitter.Split("iOS 18 ships today. macOS follows next week."));

        // Its lead unusable (a code line), the text's other sentences all lean: no summary opens on "This is...".
        var leaning = "$ curl -sSL https://get.example.sh | sh\nThis is a bypass of a previous fix for the same flaw in the sandbox. "
                      + "It was found during a routine audit of the project's plugin system.";
        var fallback = Summarizer.Summarize("Sandbox escape", leaning, null, "the preview", 3, "en");
        Assert.Equal((SummarySources.Preview, "the preview"), (fallback.Source, fallback.Text));
    }

    [Fact]
    public void Summary_ShouldQuoteAPassageOfSeveralSentencesWhole()
    {
        var text = "The maintainers of libfoo published an advisory on Tuesday about the parser. "
                   + "It reads \"The overflow affects every release since 2.1. Upgrade to 2.4.3 today.\" "
                   + "Distributions shipped the patched package within hours of the announcement.";
        var summary = Summarizer.Summarize("libfoo fixes a parser overflow", text, null, "preview", 3, "en");
        Assert.Equal(SummarySources.Extractive, summary.Source);
        Assert.Contains("\"The overflow affects every release since 2.1. Upgrade to 2.4.3 today.\"", summary.Text, StringComparison.Ordinal);
        Assert.Empty(SummaryChecker.Check(summary.Text, "en", 3));
    }

    [Fact]
    public void Splitter_ShouldPartSentencesALostLineBreakGluedButNotDottedNames()
    {
        var text = "Feedback arrives fast and stays reliable.If you have tests, make the servers boot faster. " +
                   "Call os.Getenv or fmt.Println and java.util.List in Node.js apps, e.g.The docs say so. It is ready to go!Though slow. " +
                   "See the notes (they are short.The API is new) today.It's done.";
        Assert.Equal(
        [
            "Feedback arrives fast and stays reliable.",
            "If you have tests, make the servers boot faster.",
            "Call os.Getenv or fmt.Println and java.util.List in Node.js apps, e.g.The docs say so.",
            "It is ready to go!",
            "Though slow.",
            "See the notes (they are short.The API is new) today.",
            "It's done.",
        ], SentenceSplitter.Split(text));
    }

    [Fact]
    public void Splitter_ShouldPartGluedSentencesAfterPlainWordsButNotCodeQualifiedNames()
    {
        var text = "We used cosine distances between two vectors.Using the cosine distance, clusters form. He was 38.According to the coroner, it rained. 2.Если list items stay. " +
                   "Implement the http.Handler interface and a strings.Builder here. Subclass models.Model and torch.Tensor now. Hear more on Wigan TV.Smithies said so. " +
                   "Wrap it in a mux.Router instance, subclass keras.Model and call fit, use enum.Enum to define it.";
        Assert.Equal(
        [
            "We used cosine distances between two vectors.",
            "Using the cosine distance, clusters form.",
            "He was 38.",
            "According to the coroner, it rained.",
            "2.Если list items stay.",
            "Implement the http.Handler interface and a strings.Builder here.",
            "Subclass models.Model and torch.Tensor now.",
            "Hear more on Wigan TV.Smithies said so.",
            "Wrap it in a mux.Router instance, subclass keras.Model and call fit, use enum.Enum to define it.",
        ], SentenceSplitter.Split(text));
    }

    [Fact]
    public void Splitter_InATextThatLostItsBreaks_ShouldPartEveryGluedStopBeforeAWord()
    {
        // Twenty-first held-out review, F4: a full-text page without a line break; "Gbps.True", "CPU.A" and "option.Intel’s"
        // stayed glued, and the article's lead sentence never stood alone.
        const string background = "Infrastructure services are run by the cloud operator and orchestrate tasks like provisioning machines or collecting metrics, " +
                                  "and every core set aside for them is one that cannot be rented out to customers, which is why operators want them elsewhere. ";
        var before = background + background.Replace("operator", "provider", StringComparison.Ordinal) + background.Replace("metrics", "logs", StringComparison.Ordinal);
        var text = before +
                   "Running those services on the server may not even be an option.Intel’s incoming IPU packs many accelerators. " +
                   "It shares those traits with its predecessor.The new chip has 400 Gbps of Ethernet throughput, double the old 200 Gbps.True to its lineage, it has inline accelerators. " +
                   "The cores act as a host CPU.A converged mode can use some lanes for hosts.Then the accelerators sit behind the cores. " +
                   "Call the java.util.List API as before.If you like the article, consider sharing it.";

        Assert.Equal(
        [
            .. SentenceSplitter.Split(before),
            "Running those services on the server may not even be an option.",
            "Intel’s incoming IPU packs many accelerators.",
            "It shares those traits with its predecessor.",
            "The new chip has 400 Gbps of Ethernet throughput, double the old 200 Gbps.",
            "True to its lineage, it has inline accelerators.",
            "The cores act as a host CPU.",
            "A converged mode can use some lanes for hosts.",
            "Then the accelerators sit behind the cores.",
            "Call the java.util.List API as before.",
            "If you like the article, consider sharing it.",
        ], SentenceSplitter.Split(text));
    }

    [Fact]
    public void Splitter_InATextThatLostItsBreaks_ShouldKeepAQualifierItWritesTwice()
    {
        // A flattened tutorial: its glues are parted, its "keras.Model" and "keras.layers" stay whole (review of session 25).
        const string filler = "The training loop reads batches from the dataset and updates the weights after each step of the optimiser. ";
        var text = string.Concat(Enumerable.Repeat(filler, 8)) +
                   "Each layer holds its own weights.The loss is computed on every batch.If it grows, lower the rate.We use the API as shown. " +
                   "To build it, subclass keras.Model and override call. Stack keras.layers as needed and train it.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Contains("The loss is computed on every batch.", sentences);
        Assert.Contains("To build it, subclass keras.Model and override call.", sentences);
    }

    [Fact]
    public void Splitter_InProseWithFewGluesAmongDottedNames_ShouldKeepTheNames()
    {
        var text = "We used two vectors.Using the distance, clusters form.It works. He was 38.According to him, subclass keras.Model and torch.Tensor, " +
                   "then mux.Router and enum.Enum, then http.Handler and strings.Builder, then models.Model and fmt.Println and os.Getenv today. " +
                   "Wrap it in a torch.Module instance, and a numpy.Array too.";

        Assert.Contains("He was 38.", SentenceSplitter.Split(text));
        Assert.Contains(SentenceSplitter.Split(text), s => s.Contains("subclass keras.Model and torch.Tensor, then mux.Router and enum.Enum", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cloud Storage Connector architectureHere’s a look at it.", "Cloud Storage Connector architecture\nHere’s a look at it.")]
    [InlineData("A commit message is one of the means.Bug ReportsYou can use a bug report.", "A commit message is one of the means.Bug Reports\nYou can use a bug report.")]
    [InlineData("See the monthly pointsThe monthly report is out.", "See the monthly points\nThe monthly report is out.")]
    [InlineData("It is all ready to go!Build and deploy the code. Really?Yes indeed.", "It is all ready to go!\nBuild and deploy the code. Really?\nYes indeed.")]
    [InlineData("Editor’s note:The Speed Read is a column. Week ending July 24, 2016:Apple shipped.", "Editor’s note: The Speed Read is a column. Week ending July 24, 2016: Apple shipped.")]
    [InlineData("Dear Hodlers,Today we introduce fees.", "Dear Hodlers, Today we introduce fees.")]
    [InlineData("The app is Swift. Crushed. * * * I think I have three options.", "The app is Swift. Crushed.\n I think I have three options.")]
    // Brands, identifiers and times keep their shape.
    [InlineData("Apple removed LinkedIn from stores; JavaScript, YouTube and iPhone stay. Meet at 10:30 AM, call getElementById, use std::Vector.",
                "Apple removed LinkedIn from stores; JavaScript, YouTube and iPhone stay. Meet at 10:30 AM, call getElementById, use std::Vector.")]
    // Identifiers that end in a word that opens sentences, dashes inside a sentence, query strings.
    [InlineData("Use forEach to iterate, a beforeEach hook, takeIf or insertBefore; Currys KnowHow staff and nodeA agree.",
                "Use forEach to iterate, a beforeEach hook, takeIf or insertBefore; Currys KnowHow staff and nodeA agree.")]
    [InlineData("Implement a BackgroundService with a SummaryWriter and an AbstractFactory here.", "Implement a BackgroundService with a SummaryWriter and an AbstractFactory here.")]
    [InlineData("The result --- a failure --- was clear at default.aspx?ReturnUrl=home today.", "The result --- a failure --- was clear at default.aspx?ReturnUrl=home today.")]
    // A table of contents flattened into the line (held-out review 6, F1): numbers that count up are the list's items.
    [InlineData("From Theory to Practice 1. Updating KV Cache in the Attention Block 2. Tracking Cache Across Layers 3. Prefill vs Decode TL;DR We have implemented KV caching.",
        "From Theory to Practice\n1. Updating KV Cache in the Attention Block\n2. Tracking Cache Across Layers\n3. Prefill vs Decode\nWe have implemented KV caching.")]
    [InlineData("We upgraded to Python 3. Next we ported the tests. Step 7. Then we shipped.", "We upgraded to Python 3. Next we ported the tests. Step 7. Then we shipped.")]
    // Run-in labels and a picture's credit open no sentence.
    [InlineData("Gains for RL-enhanced LLMs. AI-generated summary Reinforcement learning has emerged.", "Gains for RL-enhanced LLMs.\nReinforcement learning has emerged.")]
    [InlineData("Abstract Syntax Trees are built first. Summary statistics follow. Summary: The parser is fast.", "Abstract Syntax Trees are built first. Summary statistics follow.\nThe parser is fast.")]
    [InlineData("I guess they are Elmo & Bert? (Image source: here) We have seen progress.", "I guess they are Elmo & Bert?\nWe have seen progress.")]
    [InlineData("The model (source code on GitHub) is open. (Photo: Jane Doe/Reuters) It runs.", "The model (source code on GitHub) is open.\nIt runs.")]
    [InlineData("It helps.\nAdversarially training against newly discovered attacks.We continuously train updated models.\nLimit logged-in access when possible.We continue to recommend it.",
        "It helps.\nAdversarially training against newly discovered attacks\nWe continuously train updated models.\nLimit logged-in access when possible\nWe continue to recommend it.")]
    // One alone is a short sentence as likely as a label.
    [InlineData("It helps.\nFeedback arrives fast and stays reliable.If you have tests, run them.", "It helps.\nFeedback arrives fast and stays reliable.If you have tests, run them.")]
    // A lead sentence of its own (more than a label's words), a short sentence (a subject, a verb), a mid-line join, one
    // word before the stop: the splitter's.
    [InlineData("Our automated attacker can discover novel, realistic prompt-injection attacks end-to-end.Unlike most work, it is fast.", "Our automated attacker can discover novel, realistic prompt-injection attacks end-to-end.Unlike most work, it is fast.")]
    [InlineData("This is a new paradigm.Prompt injection is one risk.\nIt is fast.Then it ships.", "This is a new paradigm.Prompt injection is one risk.\nIt is fast.Then it ships.")]
    [InlineData("It works. Caching helps.Then it ships.", "It works. Caching helps.Then it ships.")]
    [InlineData("Done.Next we ship it.\nDone.Then we test it.", "Done.Next we ship it.\nDone.Then we test it.")]
    [InlineData("The Cryosphere, 20, 3533–3558, https://doi.org/10.5194/tc-20-3533-2026, 2026 Estimates of the ice sheet are uncertain.",
        "The Cryosphere, 20, 3533–3558, https://doi.org/10.5194/tc-20-3533-2026, 2026\nEstimates of the ice sheet are uncertain.")]
    // A year after a link that goes on with a few words and no sentence: no citation's end.
    [InlineData("See https://example.org/report, 2026 Apple results", "See https://example.org/report, 2026 Apple results")]
    public void LostBreaks_ShouldPutBackBreaksAFlattenedPageLostAndOnlyThose(string text, string expected)
        => Assert.Equal(expected, LostBreaks.Restore(text));

    [Theory]
    [InlineData("We stand with Dreamers", "We stand with Dreamers By Dana Rao Posted on 07-17-2021 We are disappointed by the ruling.", "We are disappointed by the ruling.")]
    [InlineData("Henkel x Adobe: Strategic partnership", "Henkel x Adobe: Strategic partnership for growth by Adobe Communications Team posted on 07-16-2021 Digitalisation allows it.", "Digitalisation allows it.")]
    [InlineData("Standard Ebooks project", "Standard Ebooks project: The project makes free ebooks.", "The project makes free ebooks.")]
    [InlineData("Cloud news", "Posted on March 3, 2021 Google Cloud Run now supports GPUs.", "Google Cloud Run now supports GPUs.")]
    [InlineData("Microsoft to acquire Activision", "Microsoft to acquire Activision Blizzard for $68.7 billion.", "Microsoft to acquire Activision Blizzard for $68.7 billion.")]
    [InlineData("Visual Studio Code", "Try it. Visual Studio Code Insiders builds ship daily.", "Try it. Visual Studio Code Insiders builds ship daily.")]
    [InlineData("Notes", "Posted on March 3, 2021 by Jane Doe The release is out.", "The release is out.")]
    [InlineData("iOS 11.2: Beta 5", "Updated 11/28/17: The fifth beta is available to testers.", "The fifth beta is available to testers.")]
    [InlineData("Generalized Language Models", "[Updated on 2019-02-14: add ULMFiT and GPT-2.] [Updated on 2020-02-29: add ALBERT.]\n[Updated on 2020-10-25: add RoBERTa.] We have seen amazing progress in NLP.", "We have seen amazing progress in NLP.")]
    [InlineData("Notes", "[Update] The store reopened. (Updated by the editor later.)", "[Update] The store reopened. (Updated by the editor later.)")]
    // Forty-eighth held-out review, F2: a headline repeated before a name by its form, or behind a link blog's label.
    [InlineData("xai-org/grok-build, now open source", "xai-org/grok-build, now open source xAI's grok CLI tool faced a backlash.", "xAI's grok CLI tool faced a backlash.")]
    [InlineData("Mermaid to Unicode box art (grok-mermaid)", "Tool: Mermaid to Unicode box art (grok-mermaid) While exploring the CLI I found a renderer.", "While exploring the CLI I found a renderer.")]
    [InlineData("Mermaid to Unicode box art", "Note: The store reopened.", "Note: The store reopened.")]
    [InlineData("Apple's new phones", "Apple's new phones iPhone 17 and iPhone Air ship in September.", "iPhone 17 and iPhone Air ship in September.")]
    // Hostile-input audit 38, H1: a headline that goes on past a comma, or a clipped one, is the lead sentence's start.
    [InlineData("Apple unveils M5 MacBook Pro", "Apple unveils M5 MacBook Pro, iPad Pro and Vision Pro with the new chip.", "Apple unveils M5 MacBook Pro, iPad Pro and Vision Pro with the new chip.")]
    [InlineData("Just migrated our whole monorepo from Jenkins to…", "Just migrated our whole monorepo from Jenkins to GitHub Actions and the build got faster.", "Just migrated our whole monorepo from Jenkins to GitHub Actions and the build got faster.")]
    // The title that opens a sentence, and a byline that goes on as a sentence, keep their words.
    [InlineData("The iPad Pro review", "The iPad Pro review is long, and it is “pro” in every way.", "The iPad Pro review is long, and it is “pro” in every way.")]
    [InlineData("A new law", "The law was signed by President Joe Biden on May 3, 2021 and takes effect soon.", "The law was signed by President Joe Biden on May 3, 2021 and takes effect soon.")]
    [InlineData("Let’s Build a Reactive Library", "The video of my talk is up. Let’s Build a Reactive Library Functional reactive programming is promoted.",
                "The video of my talk is up. Let’s Build a Reactive Library\nFunctional reactive programming is promoted.")]
    public void Lede_ShouldCutAHeadlineAndBylineGluedOnButKeepSentencesThatGoOn(string title, string text, string expected)
        => Assert.Equal(expected, Lede.Of(title, text));

    [Fact]
    public void Preview_ShouldOpenWithTheArticlesOwnWordsNotItsHeaderOrCode()
    {
        Assert.Equal("We are disappointed by the ruling on the program.",
            Lede.Preview("We stand with Dreamers", "We stand with Dreamers By Dana Rao Posted on 07-17-2021 We are disappointed by the ruling on the program.", 200));
        Assert.Equal("Versions matter because code changes over time.",
            Lede.Preview("Why versions", "$ go get -u example.com/C\nVersions matter because code changes over time.", 200));
        // Code alone has no preview (a cheat sheet's lines run together read as neither), and code further down is left out.
        Assert.Equal("", Lede.Preview("Only code", "$ go get -u example.com/C", 200));
        Assert.Equal("", Lede.Preview("Connect to MongoDB in Python", "$ python -m pip install pymongo\nfrom pymongo import MongoClient\nMONGO_HOST = 'localhost'\nMONGO_PORT = 30000\nclient = MongoClient(\n    MONGO_HOST, MONGO_PORT)", 200));
        Assert.Equal("Install the driver first. Then connect with the host and port.",
            Lede.Preview("Mongo", "Install the driver first.\nfrom pymongo import MongoClient\nThen connect with the host and port.", 200));
        // Prose with a dollar amount or a semicolon is no code.
        const string deal = "Microsoft will pay $68.7 billion for Activision; the deal is the largest in its history.";
        Assert.StartsWith(deal, Lede.Preview("A deal", deal + "\nRegulators have yet to approve it.", 200));
    }

    [Fact]
    public void Preview_OfADatedList_ShouldStartAtItsNewestEntry_WhileRulesStayOut()
    {
        // A changelog's entries open with their dates; a short headword is no less an entry than a long one.
        Assert.StartsWith("2018-12-13 adware; 2018-12-12 IBM 1620; 2018-08-31 instruction register",
            Lede.Preview("New Terms", "2018-12-13 adware\n2018-12-12 IBM 1620\n2018-08-31 instruction register", 200).Replace("\n", "; "));
        Assert.True(SummaryChecker.IsFurniture("2018-12-13 12:30"));
        Assert.True(SummaryChecker.IsFurniture("----------- 2018"));
        Assert.False(SummaryChecker.IsFurniture("13.12.2018: adware"));
    }

    [Fact]
    public void Preview_ShouldLeaveOutARecordsOpeningFields()
    {
        const string text = "• Project: Example AI\n• Type: Normal feature request\n• Version: 3.0.x-dev\n• Status: Fixed\nSummary\n" +
                            "The integration module gains webhook support in this release.";
        Assert.Equal("The integration module gains webhook support in this release.", Lede.Preview("Add webhook support", text, 200));
        // One labelled line is the text's own ("Update: the patch is out."), and fields alone are all there is to show.
        Assert.StartsWith("Location: Berlin", Lede.Preview("Meetup", "Location: Berlin\nWe meet on Friday at the office.", 200));
        Assert.StartsWith("Project: Example", Lede.Preview("Record", "Project: Example\nStatus: Fixed", 200));
    }

    [Fact]
    public void Preview_ShouldLeaveOutFieldsWhoseFirstLostItsLabel_ButKeepAShortOpeningLineBeforeProse()
    {
        // The digest's "• Type: Normal feature request" reached the text as "Normal feature request" (twentieth held-out review, F11).
        const string text = "Normal feature request\n• Version: 3.0.x-dev\n• Status: Fixed\n• Diff: 0a19cf6\nSummary\n" +
                            "The integration module gains webhook support in this release.";
        Assert.Equal("The integration module gains webhook support in this release.", Lede.Preview("Add webhook support", text, 200));
        // A short opening line with one field after it is the text's own.
        Assert.Contains("Status: Investigating", Lede.Preview("Outage", "Breaking news\nStatus: Investigating\nThe service is down in two regions since noon.", 200), StringComparison.Ordinal);
        // A heading over highlights written as labels is the text's news.
        // The kernel CNA's template opening of every kernel CVE is no preview; the commit subject after it is.
        Assert.StartsWith("ALSA: usb-audio: Fix potential out-of-bound accesses", Lede.Preview("CVE-2024-53197 - Linux kernel USB Audio Driver Vulnerability",
            "In the Linux kernel, the following vulnerability has been resolved:\nALSA: usb-audio: Fix potential out-of-bound accesses for Extigy and Mbox devices\n" +
            "A bogus device can provide a bNumConfigurations value that exceeds the initial value used in usb_get_configuration.", 200), StringComparison.Ordinal);
        Assert.Contains("Performance: builds are 2x faster", Lede.Preview("Release 3.0",
            "What's new\nPerformance: builds are 2x faster on large projects\nCompatibility: supports Node 22 and later\nTooling: the CLI gains a watch mode\nRead the notes for the details.", 200), StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_ShouldLeaveOutADigestsAuthorDateAndTagFields_AndTheLabelOverItsSummary()
    {
        // Seventeenth held-out review, F9: a digest writes its own record before each story's bullet points.
        const string html = "<div><div><strong>Author:</strong> Helen Oakley&nbsp;and&nbsp;Venkata (Sai) Kishore Modalavalasa</div>"
            + "<div><strong>Date:</strong> April 15, 2026</div>"
            + "<div><strong>Tags:</strong> [\"AI Security\", \"Cybersecurity Research\", \"Generative AI\", \"Vulnerability Management\", \"Agentic AI\"]</div>"
            + "<div><strong>Summary:</strong></div><ul><li>OWASP released its Q1 2026 report on GenAI security incidents.</li>"
            + "<li>Attacks are shifting from theoretical risks to real-world exploitation.</li></ul></div>";
        var preview = Lede.Preview("OWASP GenAI Exploit Round-up Report Q1 2026", HtmlText.ToPlainText(html), 200);
        Assert.StartsWith("• OWASP released its Q1 2026 report", preview, StringComparison.Ordinal);
    }

    [Theory]
    // Twenty-first held-out review, F9: an abstract page's glued label opened the preview.
    [InlineData("Abstract:This paper introduces a mixture model network. It works well on many tasks.", "This paper introduces a mixture model network. It works well on many tasks.")]
    [InlineData("TL;DR: Rust builds got faster. Here is how we did it.", "Rust builds got faster. Here is how we did it.")]
    // A word that only looks like a label stays.
    [InlineData("Abstract Syntax Trees are built first. The parser is fast.", "Abstract Syntax Trees are built first. The parser is fast.")]
    public void Preview_ShouldLeaveOutTheLabelTheTextOpensWith(string text, string expected)
        => Assert.Equal(expected, Lede.Preview("A paper", text, 200));

    [Fact]
    public void Preview_OfATextThatIsItsHeadlineAndACutWord_ShouldBeEmpty_NotAFragment()
    {
        // A digest entry whose title is its one sentence (seventh held-out review): "By…" was printed as its summary.
        const string title = "The release of Voodoo Quant marks a significant shift in mixed-precision optimization.";
        Assert.Equal("", Lede.Preview(title, title + " By…", 200));
        Assert.Equal("", NewsCurator.Enhance.Summarizer.Summarize(title, title + " By…", null, Lede.Preview(title, title + " By…", 200), 3, "en").Text);
        // A one-word text that is no headline's stays the preview.
        Assert.Equal("Demo", Lede.Preview("Release", "Demo", 200));
    }

    [Fact]
    public void Summary_ShouldLoseALinksLabelLeftInASentence()
    {
        var summary = NewsCurator.Enhance.Summarizer.Summarize("Apple works to remedy labor violations",
            "The Fair Labor Association today published a report finding code violations at two factories in August of 2013 [PDF] (via TechCrunch). " +
            "Apple says it is working with the supplier to fix every violation the auditors found.", 3);
        Assert.DoesNotContain("[PDF]", summary);
        Assert.Contains("in August of 2013 (via TechCrunch).", summary);
    }

    [Theory]
    [InlineData("Here comes the Part 3 on learning with not enough data (Previous: Part 1 and Part 2).", "Here comes the Part 3 on learning with not enough data.")]
    [InlineData("This tutorial (part 2 of 3) builds the parser by hand.", "This tutorial builds the parser by hand.")]
    [InlineData("We wire the cache into the service (see the first part for the setup).", "We wire the cache into the service.")]
    [InlineData("The scheduler now preempts long jobs (this is the second post in a series on Nomad).", "The scheduler now preempts long jobs.")]
    [InlineData("The kernel ships next month (next week for testers).", "The kernel ships next month (next week for testers).")]
    [InlineData("Throughput doubles (see below for benchmarks).", "Throughput doubles (see below for benchmarks).")]
    [InlineData("The patch covers part 2 of the spec (part of the 2024 revision).", "The patch covers part 2 of the spec (part of the 2024 revision).")]
    // Hostile-input audit 35, H10: a parenthesis that says something.
    [InlineData("She leads the browser team (previously: part of the Chrome security team).", "She leads the browser team (previously: part of the Chrome security team).")]
    [InlineData("The outage lasted four hours (read the post mortem for the cause: a bad config push).", "The outage lasted four hours (read the post mortem for the cause: a bad config push).")]
    public void Tidy_ShouldDropASeriesNavigationInParentheses_AndKeepParenthesesThatSaySomething(string sentence, string expected)
        => Assert.Equal(expected, NewsCurator.Enhance.Summarizer.Tidy(sentence));

    [Fact]
    public void Preview_ShouldLeaveOutANoteOnThePostsOwnRecord()
    {
        // Hostile-input audit 36, H4: every sentence a note, the summary none, and the preview printed them.
        Assert.Equal("The council fined the operator for late trains.",
            Lede.Preview("Operator fined", "Correction (March 3): An earlier version misstated the fine.\nThe council fined the operator for late trains.", 200));
    }

    [Fact]
    public void Preview_ShouldLeaveOutLinesWithABareAddress()
    {
        // Mail clients link a bare address: a hostile item's preview stood in for its summary with a phishing line (audit hostile14 R1).
        var preview = Lede.Preview("Notice", "Short teaser line one.\nLogin at https://evil.example/login\nYour account is locked today.\nVerify now at www.evil.example/verify", 200);
        Assert.Equal("Short teaser line one. Your account is locked today.", preview);
        Assert.Equal("Verify now at", Lede.Preview("Notice", "Verify now at https://evil.example/verify", 200));
    }

    [Theory]
    [InlineData("Demo\nThe result is a lot like Markaby, only in Python.", "The result is a lot like Markaby, only in Python.")]
    [InlineData("What's new in 2.0\n“Faster builds” is the headline of this release.", "“Faster builds” is the headline of this release.")]
    // Not a heading: a greeting that goes on, a label with its value, a sentence, a line the next one continues.
    [InlineData("Hi everyone,\nToday we ship version 2.", "Hi everyone, Today we ship version 2.")]
    [InlineData("Location: Berlin\nThe meetup starts at 7pm.", "Location: Berlin; The meetup starts at 7pm.")]
    [InlineData("We shipped it.\nThe rest follows.", "We shipped it. The rest follows.")]
    [InlineData("Release notes\nand more details follow.", "Release notes and more details follow.")]
    [InlineData("Demo", "Demo")]
    // A heading written as a title with a colon, and a section heading further down, leave the running text.
    [InlineData("FRAPPÉ: Making AI Fair Without Retraining\nIntroduction\nImagine developing a model that is fair.\nHow it works\nIt adjusts the scores.",
                "Imagine developing a model that is fair. It adjusts the scores.")]
    [InlineData("Posted: 12 May 2024\nThe meetup starts at 7pm.", "Posted: 12 May 2024; The meetup starts at 7pm.")]
    // A list's short items are its content, kept and told apart.
    [InlineData("Today we announce three updates:\nNo more waitlist\nA new reasoning model\nVision input\nThe waitlist is over for everyone.",
                "Today we announce three updates: No more waitlist; A new reasoning model; Vision input; The waitlist is over for everyone.")]
    // A kicker before a sentence that opens with a lower-case name.
    [InlineData("Security advisory\nn8n versions below 2.31.5 contain a sandbox escape.", "n8n versions below 2.31.5 contain a sandbox escape.")]
    public void Preview_ShouldSkipAShortHeadingNotGlueItToTheParagraph(string text, string expected)
        => Assert.Equal(expected, Lede.Preview("Markaby for Python", text, 200));

    [Fact]
    public void Summary_ShouldNotOpenWithAGluedHeadlineOrByline()
    {
        var text = "We stand with Dreamers By Dana Rao Posted on 07-17-2021 We are disappointed by the district court ruling on the DACA program. " +
                   "No one can live their lives with this persistent uncertainty about their future.Why it mattersThe policy of welcoming people from all countries is a cornerstone of our values.";
        var summary = Summarizer.Summarize("We stand with Dreamers", text, 3);
        Assert.StartsWith("We are disappointed by the district court ruling", summary);
        Assert.DoesNotContain("Dana Rao", summary);
        Assert.DoesNotContain("future.Why", summary);
        Assert.DoesNotContain("mattersThe", summary);
    }

    [Fact]
    public void Splitter_ShouldEndSentencesAtHardBreaksButJoinWrappedLines()
    {
        var text = "Changelog\nAdded clang support\nToday developers reuse software written by others every day,\nin the form of dependencies.";
        Assert.Equal(["Changelog", "Added clang support", "Today developers reuse software written by others every day, in the form of dependencies."],
            SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("The build works , and fast .", "The build works, and fast.")]
    [InlineData("It ends here . Then it goes on ( mostly ) .", "It ends here. Then it goes on (mostly).")]
    [InlineData("Run pip install . to build it from the checkout.", "Run pip install . to build it from the checkout.")]
    public void Tidy_ShouldCloseSpacesBeforePunctuationButNotBeforeAPathDot(string text, string expected)
        => Assert.Equal(expected, Summarizer.Tidy(text));

    [Theory]
    [InlineData("The header has #define _FORTIFY_FN(fn) _FORTIFY_FNB(fn); _FORTIFY_INLINE in it.", "code_like")]
    [InlineData("206 buf = malloc (( bufsize + 1 ) * sizeof ( char )); and more code follows here.", "code_like")]
    [InlineData("Proxmox says 48AB2E51FA7F0000:error:80000002:system library:file_open:No such file.", "code_like")]
    [InlineData("The function calls BreakfastSessionViewModel to render all of the display data.", "code_like")]
    [InlineData("(Digression: The problem minimal version selection solves is NL-complete and hard.", "unbalanced_brackets")]
    [InlineData("The post Why Rust Wins appeared first on The Rust Blog of the community.", "boilerplate")]
    [InlineData("Continue reading the full story about compilers on our website today.", "boilerplate")]
    [InlineData("By Jane Doe | Staff Writer for the technology section of the paper.", "boilerplate")]
    [InlineData("By Mike Aizatsky, Kostya Serebryany (Software Engineers, Dynamic Tools); and Meredith Whittaker (Open Research Lead).", "boilerplate")]
    [InlineData("Let me know if you have any questions about the new release.", "boilerplate")]
    [InlineData("Feel free to reach out on the forum if something breaks for you.", "boilerplate")]
    [InlineData("Hope this helps anyone who runs into the same upgrade problem.", "boilerplate")]
    [InlineData("Thanks for reading, and see you at the conference next month.", "boilerplate")]
    [InlineData("Malte Ostendorff, Nils Rethmeier, Isabelle Augenstein, Bela Gipp, Georg Rehm (2022).", "citation")]
    [InlineData("Smith, J., Lee, K. and van der Berg, S. 2021.", "citation")]
    [InlineData("Neighborhood Contrastive Learning for Scientific Document Representations with Citation Embeddings.", "title_case")]
    [InlineData("Multilingual Relation Classification via Efficient and Effective Prompting.", "title_case")]
    [InlineData("Arne Binder, Bhuvanesh Verma and Leonhard Hennig et al. (2023).", "citation")]
    [InlineData("Hover: Find a domain name for your passion and your next project.", "list_item")]
    [InlineData("Over the course of a week, 0.5% of our small tests were flaky", "no_final_punctuation")]
    [InlineData("then the rest of a sentence that lost its start somewhere.", "incomplete_start")]
    [InlineData("Great links: https://a.example/x and https://b.example/y for you.", "link_list")]
    [InlineData("The service launched in all regions in 2024 .The company said more would follow.", "bad_spacing")]
    [InlineData("The service launched in all regions in 2024 .However, the company said more would follow.", "bad_spacing")]
    [InlineData("The update took effect for every user in 2024 .A second one follows this spring.", "bad_spacing")]
    [InlineData("The average frame took .5 seconds longer to render after the update.", "bad_spacing")]
    [InlineData("The application is mostly inspired by: https://github.com/Azure-Samples/billing-api.", "url")]
    public void Checker_ShouldRejectCodeLogsFragmentsAndBoilerplate(string sentence, string rule)
        => Assert.Equal(rule, SummaryChecker.CheckSentence(sentence)?.Rule);

    [Theory]
    // Code, not prose about code: an assignment chain, a shell prompt, braces, statements, markup.
    [InlineData("Set sync_binlog=1 innodb_flush_log_at_trx_commit=1 innodb_doublewrite=0 and restart mysqld.")]
    [InlineData("Run $ sudo systemctl restart nginx and the new settings apply.")]
    [InlineData("The handler now reads if err != nil { return err } before it writes anything.")]
    [InlineData("We call res = fetch(url); data = res.json(); and render the page.")]
    [InlineData("Every page we rendered still ended in </div></body> after the migration.")]
    public void Checker_ShouldRejectASentenceThatIsCode(string sentence)
        => Assert.Equal("code_like", SummaryChecker.CheckSentence(sentence)?.Rule);

    [Theory]
    // Tech prose names its subject in code: one or two such words leave it prose.
    [InlineData("One of our customers reported strange problem with MySQL having extremely poor performance when sync-binlog=1 is enabled.")]
    [InlineData("A change in the latest release caused the Net::SSH gem to fail on hosts with newer OpenSSH keys.")]
    [InlineData("Calling fetch() with a relative URL now throws inside service workers.")]
    [InlineData("The kernel only reboots on a crash when panic_on_oops is set in the config.")]
    [InlineData("The settings now live in appsettings.json instead of the registry.")]
    // A name opening on a dot (fifty-first held-out review, F5).
    [InlineData("Finder writes a .DS_Store file into every folder it opens on a network share.")]
    [InlineData("The port to .Net Core took the team three months and halved the memory use.")]
    [InlineData("Deleting the .Xauthority file fixed the login loop on the old laptop.")]
    [InlineData("The team moved the service to .NET 10 and the new garbage collector.")]
    [InlineData("Copying to a network share leaves the .AppleDouble files that Windows users keep asking about.")]
    // Prices and semicolons were never code.
    [InlineData("For reference, Sling starts at $20 per month and DirecTV Now at $35.")]
    [InlineData("This is no longer only true in B2C; B2B buyers also expect comparable experiences.")]
    // "By" opening a sentence that is no byline.
    [InlineData("By the way, the new release also fixes the login bug on older phones.")]
    [InlineData("By Monday, Apple will have shipped the update to every supported device.")]
    public void Checker_ShouldAcceptProseThatNamesCode(string sentence) => Assert.Null(SummaryChecker.CheckSentence(sentence));

    [Fact]
    public void Summary_ShouldKeepALeadThatNamesItsSubjectInCode()
    {
        const string text = "One of our customers reported strange problem with MySQL having extremely poor performance when sync-binlog=1 is enabled. " +
                            "Innodb transactional log does not have the same problem on EXT3. " +
                            "The binary log is fsynced on every commit, and EXT3 flushes the whole journal each time. " +
                            "Moving the binary log to its own partition brought MySQL performance back to normal.";
        var summary = Summarizer.Summarize("MySQL performance with sync-binlog", text, 2);
        Assert.StartsWith("One of our customers reported strange problem with MySQL", summary);
    }

    [Theory]
    [InlineData("Over the course of a week, 0.5% of our small tests were flaky [1].")]
    [InlineData("Frontier’s standard library, written in JavaScript and TypeScript, runs on the iPhone.")]
    [InlineData("Version 1.2.3 of Node.js ships with a faster garbage collector (by 20%).")]
    [InlineData("Meta, Google and OpenAI released open models in 2024.")]
    [InlineData("Augenstein and Gipp presented the toolkit at EMNLP in 2022.")]
    [InlineData("Sundar Pichai, Satya Nadella and Tim Cook met President Biden in Washington.")]
    [InlineData("KubeCon North America 2024 is in Salt Lake City.")]
    [InlineData("GitHub Copilot Extensions are in Public Preview.")]
    [InlineData("Among them are Uncharted: The Lost Legacy, Sonic Mania, Agents of Mayhem, Monster Hunter: World, and MatterFall.")]
    [InlineData("The talk shows the patterns that raise the throughput of systems built on the .NET framework.")]
    public void Checker_ShouldAcceptPlainProse(string sentence) => Assert.Null(SummaryChecker.CheckSentence(sentence));

    [Fact]
    public void Check_ShouldFindRepeatsCountsAndAnotherLanguage()
    {
        var repeated = "The compiler is now twice as fast on big projects. The compiler is now twice as fast on big projects.";
        Assert.Contains(SummaryChecker.Check(repeated, "en", 3), f => f.Rule == "repeat");
        Assert.Contains(SummaryChecker.Check("The compiler is now twice as fast on big projects.", "en", 3), f => f.Rule == "sentence_count");
        var german = "Der Compiler ist jetzt doppelt so schnell bei großen Projekten und er braucht auch weniger Speicher. Die Entwickler sind mit dem Ergebnis sehr zufrieden.";
        Assert.Contains(SummaryChecker.Check(german, "en", 3), f => f.Rule == "language");
        Assert.Empty(SummaryChecker.Check(german, "de", 3));
    }

    [Fact]
    public void Summary_ShouldNeverUseCodeOrBoilerplate_AndSayWhenAStandInIsUsed()
    {
        var text = "Changelog\n#define X(p) __orig_##p\nThe post Fortify appeared first on Julien's blog.\nContinue reading";
        var withDescription = Summarizer.Summarize("Fortify", text, "The fortify-headers project has a new maintainer. Version 2.0 adds clang support.", "Changelog #define…", 3, "en");
        Assert.Equal(SummarySources.FeedDescription, withDescription.Source);
        Assert.Equal("The fortify-headers project has a new maintainer. Version 2.0 adds clang support.", withDescription.Text);
        Assert.Contains("the feed's own summary", withDescription.Note);

        // The feed's own pointer sentences are no summary (a dek "... Read the full story here.", a stand-in that opens on one).
        var pointing = Summarizer.Summarize("Fortify", text, "The fortify-headers project has a new maintainer. Read the full story here.", "Changelog #define…", 3, "en");
        Assert.Equal("The fortify-headers project has a new maintainer.", pointing.Text);
        var standIn = Summarizer.Summarize("Fortify", text, "The full release notes are here. Version 2.0 adds clang support to the fortify-headers project.", "Changelog #define…", 3, "en");
        Assert.Equal("Version 2.0 adds clang support to the fortify-headers project.", standIn.Text);

        var withoutDescription = Summarizer.Summarize("Fortify", text, null, "Changelog #define…", 3, "en");
        Assert.Equal(SummarySources.Preview, withoutDescription.Source);
        // The preview is code: no blurb beats a "#define" under the headline.
        Assert.Equal("", withoutDescription.Text);
        Assert.Contains("the headline stands alone", withoutDescription.Note);
    }

    [Fact]
    public void Summary_OfARecordWhosePartsABarParts_ShouldReadItsSentencesApart()
    {
        // Eighteenth held-out review, F9: a vulnerability feed joins description, required action and due date with " | ".
        const string text = "Broadcom VMware vCenter contains a path traversal vulnerability which could allow a threat actor with network access to vCenter to execute arbitrary code. "
            + "| Required Action by Apply mitigations in accordance with vendor instructions. Follow applicable guidance for cloud services or discontinue use of the product if mitigations are unavailable. | Due 2026-08-21";
        var summary = Summarizer.Summarize("KEV: CVE-2026-59310 exploited – Broadcom VMware vCenter", text, null, "preview", 3, "en");
        Assert.StartsWith("Broadcom VMware vCenter contains a path traversal vulnerability", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", summary.Text, StringComparison.Ordinal);
        // A table's cells follow no full stop: they stay one line.
        Assert.Equal(["a | b | c"], SentenceSplitter.Split("a | b | c"));
    }

    [Fact]
    public void Summary_WhenThePreviewIsAFewWordsCutShort_ShouldBeNone()
    {
        // Seventeenth held-out review, F2: a teaser's first sentence became the headline, leaving "By integrating a…".
        var title = "OpenAI has previewed GPT-5.6 Sol, a next-generation model architecture optimized for high-stakes coding.";
        var cut = Summarizer.Summarize(title, "By integrating a…", null, "By integrating a…", 3, "en");
        Assert.Equal((SummarySources.Preview, ""), (cut.Source, cut.Text));
        Assert.Contains("the preview is a fragment", cut.Note);
        // A longer cut preview still stands in: it says something.
        var longer = Summarizer.Summarize("Sol", "By integrating a sparse mixture of experts with a long context window, the model…", null,
            "By integrating a sparse mixture of experts with a long context window, the model…", 3, "en");
        Assert.Equal((SummarySources.Preview, "By integrating a sparse mixture of experts with a long context window, the model…"), (longer.Source, longer.Text));
    }

    [Fact]
    public void Summary_WhenTheOnlyUsableSentenceLeansOnALeftOutOne_ShouldFallBackToThePreview()
    {
        // A quotation spanning sentences leaves only its middle one usable: "He cites..." names nobody.
        var text = "SphereOfInfluence writes \"Dion Hinchcliffe over on ZDNet declared the arrival of the WebOS, as applications move to the cloud. "
                   + "He cites John Hagel's big business shifts of the century and claims cloud computing is the future of the workplace. "
                   + "He goes on to make some bold statements.\"";
        var summary = Summarizer.Summarize("Has the WebOS Finally Arrived?", text, null, "SphereOfInfluence writes: Dion Hinchcliffe over on ZDNet declared…", 3, "en");
        Assert.Equal(SummarySources.Preview, summary.Source);
        // The text's own first sentence may open on "It": the title says what.
        var lead = Summarizer.Summarize("Rust 1.80", "It ships a faster compiler for large workspaces and three new library APIs.", null, "preview", 3, "en");
        Assert.Equal(SummarySources.SingleSentence, lead.Source);
    }

    [Fact]
    public void Summary_ShouldBeTwoToThreeCheckedSentencesInTheirOriginalOrder()
    {
        var text = "Rust 1.80 ships a faster compiler for large workspaces. The team rewrote the incremental cache.\n" +
                   "fn main() { println!(\"hi\"); }\nBuilds of the compiler itself now take 30% less time. " +
                   "The release also stabilises three library APIs. Continue reading";
        var summary = Summarizer.Summarize("Rust 1.80 ships a faster compiler", text, null, "preview", 3, "en");
        Assert.Equal(SummarySources.Extractive, summary.Source);
        Assert.Empty(SummaryChecker.Check(summary.Text, "en", 3));
        Assert.StartsWith("Rust 1.80 ships a faster compiler", summary.Text);
        Assert.DoesNotContain("println", summary.Text);
    }

    [Fact(Timeout = 60_000)]
    public async Task Split_LongRunsOfFinalPunctuation_ShouldStayLinear_AndEndWhereTheRunEnds()
    {
        // Each mark of a run read the rest of it again: 200,000 dots in an article held Enhance for 27 s (audit hostile14 H14-6).
        // The run ends no sentence (a lower-case word follows), so each of its marks was asked, each reading the rest of it.
        var text = "Wait for it" + new string('…', 300_000) + " and so on. The end came. Dr. Smith agreed" + string.Concat(Enumerable.Repeat(" and Dr. Smith agreed", 20_000)) + ".";
        var sentences = await Task.Run(() => SentenceSplitter.Split(text));
        Assert.Equal(3, sentences.Count);
        Assert.Equal("The end came.", sentences[1]);
        // As before: after a name or abbreviation the run's last mark still ends the sentence.
        Assert.Equal(["Wait for it...", "The end came?!", "Yahoo!!", "Mail is here.", "See the U.S..", "Then go."],
            SentenceSplitter.Split("Wait for it... The end came?! Yahoo!! Mail is here. See the U.S.. Then go."));
    }
}
