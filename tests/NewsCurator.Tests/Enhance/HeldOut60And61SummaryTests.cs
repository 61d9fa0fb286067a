using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out reviews 60 and 61: a product name with two inner capitals ("NetNewsWire") read as code (60, F1); a podcast's
/// two short lede sentences refused as fragments, and its closing invitation printed (61, F2); a changelog's unbulleted
/// ticket lines read as prose (60, F4). Each with the sentences the reviews' real feeds gave, and a counter-example.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeldOut60And61SummaryTests
{
    // ongoing.atom, "Apple App Attrition" (Tim Bray, 2006), as the pipeline read it.
    private const string Crash =
        "Yes, it’s another anguished chapter in my relationship with OS X and its posse. Baubles already hanging on this chain include Back to the Mac, Time to Switch?, and Unswitch. " +
        "Weirdly, unless my logfiles are lying, people like reading them. Anyhow, I had a hard crash this afternoon when I unplugged my external screen, and after OS X came back, both Mail.app and NetNewsWire had lost their memory. " +
        "It turns out NetNewsWire takes a daily backup of your subscriptions (that Brent Simmons, he da man!) so that only took a couple of minutes to recover. " +
        "But Mail.app, like iCal, seems to think a crash is a good enough reason to discard user data; all my preferences and profiles were gonzo, I had to start from scratch. " +
        "It still had my old POP mail without the account they belonged to, but it’d forgotten about my Sun IMAP world. " +
        "I got it working again, but then there were some folders I didn’t recognize, so I deleted them, and now it’s borked again; says “Synchronizing with server” and never comes back. " +
        "So I said the hell with it and now I’m running Thunderbird, which ain’t as pretty but seems to work. " +
        "I’m still OK with OS X, but the number of its apps I use is down to Address Book, iTunes, iMovie, and (until the microsecond I find an alternative) iCal. " +
        "Apple makes nice computers and a good operating system. Aside from movies or music, I’d stay away from the rest of the apps. " +
        "OK, let’s try to be fair: I use computers and applications way harder than most, and plenty of people are unlikely to push these apps into breakage. " +
        "And Apple’s mail and calendar and browser and so on are polished and easy to use. But I just can’t rely on them any longer.";

    [Theory]
    [InlineData("Anyhow, I had a hard crash this afternoon when I unplugged my external screen, and after OS X came back, both Mail.app and NetNewsWire had lost their memory.")]
    [InlineData("It turns out NetNewsWire takes a daily backup of your subscriptions (that Brent Simmons, he da man!) so that only took a couple of minutes to recover.")]
    [InlineData("Teams that adopt DevSecOps ship their security fixes faster than they did before.")]
    public void F1_AProductNameWithTwoInnerCapitals_InProse_ShouldBeAName(string sentence)
        => Assert.Null(SummaryChecker.CheckSentence(sentence));

    // Usable, the crash sentence is weighed with the rest; which three win is the weights' choice, not the checker's.
    [Fact]
    public void F1_TheCrashPostsSentencesNamingTheApp_ShouldBeUsable()
    {
        var usable = Summarizer.Sentences(Crash, "en", "Apple App Attrition");
        Assert.Contains(usable, s => s.EndsWith("both Mail.app and NetNewsWire had lost their memory.", StringComparison.Ordinal));
        Assert.Contains(usable, s => s.StartsWith("It turns out NetNewsWire takes a daily backup", StringComparison.Ordinal));
    }

    [Theory]
    // An identifier in lower camel case, or touched by code's marks: a member, a call, backticks, an assignment.
    [InlineData("The page then calls getElementById on every node that it walks through.")]
    [InlineData("The app reads NetNewsWire.FeedStore on every launch to find the old feeds.")]
    [InlineData("The constructor CodeTreeNode(root) now keeps every child in one array.")]
    [InlineData("Set `CodeTreeNode` in the settings before the tree is walked for the first time.")]
    [InlineData("The default is CodeTreeNode = null until the tree is walked for the first time.")]
    // Named as a type, or called.
    [InlineData("The new CodeTreeNode type now keeps every child in one array for faster walks.")]
    [InlineData("The function calls BreakfastSessionViewModel to render all of the display data.")]
    [InlineData("I also made my CodeTreeNode class, written in Swift, an Objective-C class so that it would be visible to my Objective-C code.")]
    // A type's name by its ending.
    [InlineData("Each rejected ad now carries a PolicyViolationError with the reason it was refused.")]
    public void F1_AnIdentifier_ShouldStillBeCode(string sentence)
        => Assert.Equal("code_like", SummaryChecker.CheckSentence(sentence)?.Rule);

    // oxide.rss, "Lip-Bu Tan's Intel" (Oxide and Friends), as the pipeline read it.
    private const string Podcast =
        "Intel has a new CEO! And it's Lip-Bu Tan. We had assumed it would not be Lip-Bu--he was such a clear front-runner that the more time passed the less likely it seemed it would be him... and yet! Bryan and Adam were joined by Reuter's Max Cherney to discuss.\n" +
        "In addition to Bryan Cantrill and Adam Leventhal, our esteemed guest was Max Cherney; we were also joined by Bryan Russett, and Alex Kesling.\n" +
        "Some of the topics we hit on, in the order that we hit them:\n" +
        "• Cooking with Oxide and Friends\n• The Oxide John von Neumann bust\n• Intel's new CEO plots overhaul of manufacturing and AI operations\n" +
        "• Lip-Bu Tan: Remaking Our Company for the Future\n• Intel oneAPI\n• Morris Chang: \"A very discourteous fellow\"\n" +
        "If we got something wrong or missed something, please file a PR! Our next show will likely be on Monday at 5p Pacific Time on our Discord server; stay tuned to our Mastodon feeds for details, or subscribe to this calendar. " +
        "We'd love to have you join us, as we always love to hear from new speakers!";

    [Fact]
    public void F2_TwoShortClausesOfALede_ShouldOpenThePodcastsSummary_AndItsInvitationStayOut()
    {
        var summary = Summarizer.Summarize("Lip-Bu Tan's Intel", Podcast, 3);

        Assert.StartsWith("Intel has a new CEO! And it's Lip-Bu Tan.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("love to have you join us", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("our esteemed guest", summary, StringComparison.Ordinal);
        Assert.Empty(SummaryChecker.Check(summary, "en", 3));
    }

    [Fact]
    public void F2_AShortClause_ShouldStillBeAFragmentAlone()
    {
        Assert.Equal("fragment", SummaryChecker.CheckSentence("Intel has a new CEO!")?.Rule);
        Assert.Empty(SummaryChecker.Check("Intel has a new CEO! And it's Lip-Bu Tan. Bryan and Adam were joined by Reuter's Max Cherney to discuss.", "en", 3));
    }

    [Theory]
    // Too short together, a clause with no verb, a question, a sign-off: still fragments or refused.
    [InlineData("It works. We love it. The parser now reads every feed in the fixtures without a single error.")]
    [InlineData("Fast and cheap. Now on GitHub for all. The parser now reads every feed in the fixtures without a single error.")]
    [InlineData("Is it ready? It was released today. The parser now reads every feed in the fixtures without a single error.")]
    [InlineData("The parser now reads every feed in the fixtures without a single error. Thanks for reading. See you next week.")]
    // Past the opening, short clauses are a post's jokes and asides.
    [InlineData("The first night of Electronic Three begins with a cavalcade of guests from every corner of the industry. Beers will be chugged! Vapes will be vaped!")]
    public void F2_ShortPiecesThatAreNoPairOfClauses_ShouldStillBeRefused(string summary)
        => Assert.NotEmpty(SummaryChecker.Check(summary, "en", 3));

    [Theory]
    [InlineData("We'd love to have you join us, as we always love to hear from new speakers!")]
    [InlineData("I would love for you to join us at the next meetup in Berlin.")]
    [InlineData("As always, we'd love to hear from you about what to cover next.")]
    public void F2_AShowsInvitation_ShouldBeACallToAction(string sentence)
        => Assert.True(Summarizer.IsCallToAction(sentence));

    [Fact]
    public void F2_ARollCall_ShouldBeAnAside_ButNotWhomTheyAsked()
    {
        Assert.True(Summarizer.IsBiography("In addition to Bryan Cantrill and Adam Leventhal, our esteemed guest was Max Cherney; we were also joined by Bryan Russett, and Alex Kesling."));
        Assert.False(Summarizer.IsBiography("Bryan and Adam were joined by Reuter's Max Cherney to discuss."));
        Assert.False(Summarizer.IsBiography("Our guests were shocked when the chip failed its first test."));
    }

    [Theory]
    [InlineData("We'd love to see Intel recover its manufacturing lead under its new chief.")]
    [InlineData("Customers would love to have you join the beta, the company said on Monday.")]
    public void F2_AWishAboutTheStory_ShouldNotBeACallToAction(string sentence)
        => Assert.False(Summarizer.IsCallToAction(sentence));

    // olabini.atom, "JtestR 0.3.1 Released" (Ola Bini, 2008), as the pipeline read it.
    private const string Release =
        "JtestR allows you to test your Java code with Ruby frameworks.\n" +
        "JtestR 0.3.1 is the current release of the JtestR testing tool. JtestR integrates JRuby with several Ruby frameworks to allow painless testing of Java code, using RSpec, Test/Unit, Expectations, dust and Mocha.\n" +
        "Features:\n- Integrates with Ant, Maven and JUnit\n- Includes JRuby 1.1, Test/Unit, RSpec, Expectations, dust, Mocha and ActiveSupport\n- Customizes Mocha so that mocking of any Java class is possible\n" +
        "- Background testing server for quick startup of tests\n- Automatically runs your JUnit and TestNG codebase as part of the build\n" +
        "New in the 0.3.1 release is upgrade of JRuby to revision r7479 which includes several new Java Integration features, upgrading of ActiveSupport to 2.1.0, fixing a severe memory leak in the background server and some minor usability features.\n" +
        "New and fixed in this release:\n" +
        "JTESTR-50 Difference in functionality when stubbing a method on a Java class vs a Ruby class using mocha\n" +
        "JTESTR-51 Mocking of classes lacking default constructors results in a NameError\n" +
        "JTESTR-53 Push the JtestR JRuby builds to maven repos\nJTESTR-56 Upgrade ActiveSupport\n" +
        "JTESTR-57 Make it possible to use local versions of libraries.\nJTESTR-59 No output when no tests found.\n" +
        "JTESTR-60 OutOfMemoryError\nJTESTR-61 Documentation improvments - ant test-server\n" +
        "JTESTR-62 Having the jtestr.jar in the base directory doesn't work\nJTESTR-63 Update JRuby version";

    [Fact]
    public void F4_AChangelogsTicketLine_ShouldBeAListItem()
    {
        Assert.Equal("list_item", SummaryChecker.CheckSentence("JTESTR-57 Make it possible to use local versions of libraries.")?.Rule);
        Assert.DoesNotContain("JTESTR-", Summarizer.Summarize("JtestR 0.3.1 Released", Release, 3), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GPT-4 Turbo is the model that the company shipped to every customer this spring.")]
    [InlineData("CVE-2024-3094 is a backdoor in the xz compression library that reached Debian testing.")]
    [InlineData("SB-1047 would have required safety tests of the largest models before their release.")]
    public void F4_ASentenceOpeningOnAModelOrAnAdvisory_ShouldStillBeProse(string sentence)
        => Assert.Null(SummaryChecker.CheckSentence(sentence));
}
