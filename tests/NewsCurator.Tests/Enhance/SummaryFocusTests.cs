using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A summary tells the story, not the post's housekeeping: how to get or upgrade it, where to read more, what to donate,
/// the same fact twice (fifth held-out review: 7 of 14 printed summaries carried such a sentence, 3 missed the point).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SummaryFocusTests
{
    [Fact]
    public void Summary_OfTalkNotes_ShouldTellTheTalkNotTheSpeakersBiography()
    {
        var text = string.Join('\n',
            "Parallel programming patterns with George Georgiou",
            "A taste of the design patterns and techniques that raise the throughput of data processing systems built on the .NET framework.",
            "The talk compares task parallelism, dataflow pipelines and lock-free queues on one workload, with measurements for each.",
            "About George",
            "George is an Adelaide developer who loves .NET, LINQ and 3D graphics, and has more interests than he has hours in the day.",
            "Highly skilled in enterprise software and mobile development, George currently builds a business solution on Raspberry Pi and Azure.");

        var summary = Summarizer.Summarize("Parallel programming patterns", text, null, "preview", 3, "en").Text;

        Assert.Contains("The talk compares task parallelism", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Highly skilled", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Adelaide developer", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ShouldTellTheStory_NotHowItDidOnAnAggregator()
    {
        const string text = "The announcement drew 304 comments on Hacker News, the most of any story in today's pool. " +
                            "The post reached 204 points on Hacker News, among the most-discussed stories in today's pool. " +
                            "The lab published a guide to getting more out of its new model inside its chat app and coding tool. " +
                            "The guide covers long-context prompts, tool use and the settings the lab recommends for agents.";

        var summary = Summarizer.Summarize("A guide to the new model", text, null, "preview", 3, "en").Text;

        Assert.StartsWith("The lab published a guide", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Hacker News", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadingAboutASubject_ShouldNotBeABiography()
    {
        var text = string.Join('\n', "Scheduling pods across zones",
            "The scheduler spreads pods across zones, and the new rule keeps replicas of one service apart.",
            "About Kubernetes",
            "Kubernetes schedules containers onto machines, restarts them when they fail and scales them with the load.");

        var summary = Summarizer.Summarize("Zone-aware scheduling", text, null, "preview", 3, "en").Text;

        Assert.Contains("Kubernetes schedules containers", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadingAboutTheReleaseOrTheProject_ShouldNotBeABiography()
    {
        var text = string.Join('\n', "About This Release",
            "The scheduler now picks the next task in constant time, and tail latency fell by a third on machines with many cores.",
            "Installing",
            "Download the archive from the releases page and unpack it into the folder of the previous version.");

        var summary = Summarizer.Summarize("Scheduler 2.0", text, null, "preview", 3, "en").Text;

        Assert.StartsWith("The scheduler now picks", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_OfAReleasePost_ShouldTellTheReleaseNotItsUpgradeSteps()
    {
        var text = string.Join('\n',
            "This release fixes several security vulnerabilities in the bundled browser and mail client.",
            "Changes and updates",
            "The kernel moves to Linux 6.1, which improves support for newer laptops and Wi-Fi cards.",
            "Get Quillbox 7.3",
            "Automatic upgrades are available from Quillbox 7.0 or later to Quillbox 7.3 on every device.",
            "If you cannot do an automatic upgrade to Quillbox 7.3, please try to do a manual upgrade.",
            "The saved Quillbox 7.3 settings will be lost if you install Quillbox 7.3 instead of upgrading.",
            "What's coming up?",
            "Quillbox 7.4 is scheduled for January and will ship the new Quillbox installer.");

        var summary = Summarizer.Summarize("Quillbox 7.3 is out", text, null, "preview", 3, "en");

        Assert.StartsWith("This release fixes several security vulnerabilities", summary.Text, StringComparison.Ordinal);
        Assert.Contains("Linux 6.1", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("upgrade", summary.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("scheduled", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_UnderAStorysOwnSubheads_ShouldKeepThreeSentences()
    {
        // "Upgrades to ...", "What's next for ..." and "Contact tracing ..." open a story's sections, not its housekeeping.
        var text = string.Join('\n',
            "The kernel team merged a scheduler that halves tail latency for interactive desktop workloads.",
            "Upgrades to the scheduler",
            "The new code tracks how long each task waits and favours the ones users are looking at.",
            "What's next for the kernel",
            "Maintainers expect the scheduler to become the default for desktop builds within two releases.");

        var summary = Summarizer.Summarize("A faster kernel scheduler", text, null, "preview", 3, "en");

        Assert.Equal(3, SentenceSplitter.Split(summary.Text).Count);
    }

    [Fact]
    public void Summary_OfANewslettersIssue_ShouldComeFromItsEditorial_NotItsJobsSponsorsOrThanks()
    {
        // An iOS Dev Weekly issue was summarised by two job ads and its thanks to supporters (held-out review 6, F3):
        // dense in the issue's own words (iOS, Swift, app), they outscored the editorial under its "Comment" heading.
        var text = string.Join('\n',
            "Comment",
            "I watched a talk about reviewing Swift code inside Xcode and it changed how I think about code review.",
            "Reviewing a pull request in the editor you write Swift in keeps the whole app in front of you.",
            "Jobs",
            "Senior iOS Engineer @ TeamSnap: build on a Swift app with 25 million users featured by Apple at WWDC.",
            "Mac & iOS Engineer @ Flexibits: we make award-winning Swift apps for Mac and iOS, and we are hiring.",
            "Insiders",
            "Thanks so much to this week's iOS Dev Weekly Insiders for supporting every issue of iOS Dev Weekly!");

        var summary = Summarizer.Summarize("iOS Dev Weekly - Issue 512", text, null, "preview", 3, "en");

        Assert.Contains("reviewing Swift code inside Xcode", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Insiders", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ShouldSayAFactOnce_WhenThePostRepeatsItUnderAnotherHeading()
    {
        var text = string.Join('\n',
            "The Fernwood project will release new versions of all supported lines on or shortly after Tuesday, March 3rd.",
            "One critical and two high severity issues in the HTTP parser will be fixed in these releases of Fernwood.",
            "Impact",
            "All supported versions of Fernwood are vulnerable to request smuggling through malformed headers.",
            "Release timing",
            "New Fernwood versions will be available on or shortly after Tuesday, March 3rd, for all supported lines.");

        var summary = Summarizer.Summarize("Fernwood security releases", text, null, "preview", 3, "en");

        Assert.Equal(1, summary.Text.Split("March 3rd").Length - 1);
        Assert.Contains("vulnerable to request smuggling", summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("See the Tinker homepage for available models and pricing.")]
    [InlineData("Check out the cookbook for code examples and recipes.")]
    [InlineData("Everybody can use it now; sign up here to get started.")]
    [InlineData("Complete list in the official CHANGELOG.")]
    [InlineData("If the upgrade fails, please try to do a manual upgrade.")]
    [InlineData("If you enjoyed our work this year, take a minute now to donate and fight censorship!")]
    [InlineData("More open-source agents and integrations are coming soon.")]
    [InlineData("Head over to the release page for the binaries.")]
    [InlineData("For more details, read our changelog.")]
    [InlineData("More details can be found in this article.")]
    [InlineData("Full instructions are available on the project wiki.")]
    [InlineData("You can find more about the benchmark setup in the appendix.")]
    [InlineData("The source code can be found in our repository on GitHub.")]
    // Twenty-first held-out review, F9: install lines of a README.
    [InlineData("Run scoop install dotter to install the latest release.")]
    [InlineData("Get it with pip install fastagent, or with uv.")]
    [InlineData("Add it to your project: dotnet add package Polly.")]
    [InlineData("Then go install golang.org/x/tools/gopls@latest and restart the editor.")]
    // Twenty-ninth held-out review, F8: pointers to a page.
    [InlineData("To learn more about acme, read Rob Pike's paper and then try it.")]
    [InlineData("Checkout the project website for our latest paper on hypothesis generation.")]
    [InlineData("The original meeting introduction is here.")]
    [InlineData("Slides and the recording are below:")]
    [InlineData("For details, see the release notes.")]
    [InlineData("To learn more, visit the product page.")]
    [InlineData("See the migration guide for more information.")]
    // Thirty-ninth held-out review, F1: a changelog's summaries ended on these.
    [InlineData("Learn more about GitHub Copilot public previews in Slack and Teams.")]
    [InlineData("Learn more in the full Copilot in JetBrains changelog.")]
    [InlineData("For setup details and supported workflows, see how to integrate GitHub Copilot cloud agent with Microsoft Teams.")]
    [InlineData("Explore everything that’s new in the full release notes.")]
    [InlineData("Get started in Microsoft Teams by installing the app.")]
    public void CallToAction_ShouldBeTheSentencesThatSendTheReaderElsewhere(string sentence)
        => Assert.True(Summarizer.IsCallToAction(sentence), sentence);

    [Theory]
    [InlineData("Download speeds rose 20 percent across the network in the last quarter.")]
    [InlineData("Microsoft will donate $10 million to the foundation over five years.")]
    [InlineData("Contact tracing apps did little to slow the spread, the study finds.")]
    [InlineData("Apple's new chips are coming soon to the entire Mac line.")]
    [InlineData("Install base of the app grew to 40 million devices.")]
    [InlineData("Researchers see the change as a first step toward smaller models.")]
    [InlineData("More layoffs are to come at the company, analysts say.")]
    [InlineData("Your donation records were exposed in the breach, the charity said.")]
    [InlineData("The foundation plans to donate its patents to the community.")]
    [InlineData("More details about the breach can only be found in court filings, which remain sealed.")]
    [InlineData("Traces of the malware can be found in memory dumps from the infected hosts.")]
    [InlineData("With the new fuzzer, you can find more bugs in less time than before.")]
    [InlineData("The backdoor can be found in the repository's release tarballs, not in its git history.")]
    [InlineData("A malicious package slipped into npm, and installs of it reached 2 million.")]
    [InlineData("Brew install counts for the tool tripled this year.")]
    [InlineData("Anyone who ran npm install during the two-hour window pulled the backdoored version.")]
    [InlineData("In contrast to plain go get, the go get -u command behaves the same no matter what the state of the module is.")]
    [InlineData("To learn more, researchers ran the attack on 40 phones.")]
    [InlineData("The era of cheap inference is here, and prices fell 80 percent in a year.")]
    [InlineData("Checkout flows on mobile convert 20 percent worse than on desktop.")]
    [InlineData("See how the model handles long inputs: it keeps 95 percent accuracy at 100,000 tokens.")]
    [InlineData("Learning more about users' habits helped the team cut churn by half.")]
    [InlineData("Explorers found the wreck at 3,800 metres.")]
    [InlineData("For the first time, the chip beats its rival on every benchmark.")]
    public void CallToAction_ShouldLeaveStorySentencesAlone(string sentence)
        => Assert.False(Summarizer.IsCallToAction(sentence), sentence);

    [Fact]
    public void AStorysOnlySentence_TooLongToPrint_ShouldBeCutBeforeItsTrailingClause_NotLeftToAPreview()
    {
        // Forty-first held-out review, F3: the one 376-character sentence was refused and a preview cut at "a semiconductor…" stood in.
        const string text = "The Personal Information Protection Commission announced on the 24th that it imposed a penalty surcharge of 343 million won "
            + "[USD $250,136.73] on HAESUNG DS, a semiconductor parts company, after it left vulnerabilities in its network security equipment unattended, "
            + "resulting in a hacker attack that leaked personal information of over 70,000 shareholders.";
        var summary = Summarizer.Summarize("Korea imposes penalty on HAESUNG DS for data breach", text, null, "preview", 3, "en");
        Assert.NotEqual(NewsCurator.Enhance.SummarySources.Preview, summary.Source);
        Assert.StartsWith("The Personal Information Protection Commission announced", summary.Text, StringComparison.Ordinal);
        Assert.EndsWith(".", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("…", summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme's chief executive told the Senate commerce committee on Tuesday that the company had never shared the precise location data of any of its customers with advertisers, data brokers or other third parties in any of the markets where it operates, although internal documents obtained by reporters show it sold such data to at least twelve brokers between 2021 and 2024.")]
    [InlineData("Acme promised its customers in a widely shared blog post last spring that it would never sell their precise location data to advertisers, insurers, data brokers or any other third party for as long as the service existed, before quietly reversing course in November and selling exactly that data to four brokers for an undisclosed sum.")]
    [InlineData("Acme secretly collected and sold the precise location histories of more than forty million customers to data brokers, insurers and a bail bond company over a period of six years while telling regulators in several countries that it kept no such records at all, according to a lawsuit filed on Monday by a rival company that competes with it for the same contracts.")]
    [InlineData("The new Acme vaccine candidate reduced hospitalisations among older adults by ninety percent in a large phase three trial that enrolled more than forty thousand volunteers across eleven countries and four continents over two full winter seasons, despite the independent monitoring board halting the trial early because of three deaths it linked to heart inflammation.")]
    [InlineData("The fix changes the parser so that a call such as parse(input, which=True, strict=False) no longer reads past the end of the buffer when the input ends in the middle of a multi-byte character, which attackers could previously exploit to read memory belonging to other tenants running on the same shared inference server.")]
    [InlineData("The vendor said on Monday that the update it shipped to every customer in the spring had closed the remote code execution flaw in its remote access appliances for good, after a review by two outside firms, but researchers showed on Tuesday that a one-line change to the exploit still works against the patched firmware.")]
    // Hostile-input audit 35, H1: an event of its own after the comma, whatever its verb.
    [InlineData("Acme announced on Monday that it would buy its largest rival in the cloud security market for forty billion dollars in cash and shares, the biggest acquisition in the history of the industry, which would give it control of nearly half of all enterprise firewall sales worldwide, after regulators in Brussels rejected the deal on antitrust grounds in a decision published late on Friday.")]
    [InlineData("Acme and Globex agreed last year to merge their chip design businesses into a single company worth more than ninety billion dollars that would supply processors to most of the world's largest cloud providers and phone makers for the next decade, prompting a federal judge in Delaware to block the merger permanently on Thursday at the request of the Justice Department.")]
    [InlineData("The new Acme gene therapy restored partial sight to nine of the twelve patients with inherited blindness who received it in an early clinical trial run at four hospitals in Britain and the United States over the past three years, following a decision by the independent safety board to halt the trial after two patients developed severe inflammation of the retina.")]
    public void ALongSentence_ShouldNeverBeCutBeforeAClauseThatContradictsOrSourcesIt(string sentence)
    {
        // Hostile-input audit 34, H1: the cut dropped ", although ... it sold such data" and the summary said it never had.
        Assert.Null(Summarizer.BeforeTrailingClause(sentence));
    }

    [Theory]
    [InlineData("Ellen Nakashima, Joseph Menn and Carolyn Y. Johnson report: The National Institutes of Health were among the victims.", "The National Institutes of Health were among the victims.")]
    [InlineData("Kim Su-jeong reports: The commission imposed a penalty of 343 million won.", "The commission imposed a penalty of 343 million won.")]
    [InlineData("Dan Goodin writes for Ars Technica: Hackers exploited the flaw for weeks.", "Hackers exploited the flaw for weeks.")]
    [InlineData("The New York Times reports that the deal is off.", "The New York Times reports that the deal is off.")]
    [InlineData("Apple reports: revenue fell.", "Apple reports: revenue fell.")]
    public void ACreditLine_ShouldNotOpenASummarySentence(string sentence, string expected)
        => Assert.Equal(expected, Summarizer.WithoutCreditLine(sentence));

    [Fact]
    public void Summary_ShouldNeverFillItsLaterSentencesWithPointers()
    {
        // Thirty-ninth held-out review, F1: a weekly-releases post whose news is in its bullets; its lead sentence was followed
        // by two "Learn more ..." pointers whose links the newsletter drops.
        const string text = "This week’s releases add new models to Copilot, local sandboxing in the Copilot app, and updates to Copilot in Slack and JetBrains.\n"
            + "• Claude Opus 5.5 is available to Copilot Pro+, Max, Business, and Enterprise plans.\n"
            + "• Limit agents’ access to files, networks, and credentials with local sandboxing, now in public preview.\n"
            + "• Copilot in Slack and Teams can read forwarded messages and images as context.\n"
            + "Learn more about GitHub Copilot public previews in Slack and Teams.\n"
            + "Learn more in the full Copilot in JetBrains changelog.";
        var summary = Summarizer.Summarize("GitHub Copilot weekly releases", text, null, "preview", 3, "en").Text;
        Assert.StartsWith("This week’s releases add new models", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Learn more", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We compare this approach against a traditional vision baseline.", true)]
    [InlineData("Subscribers can install it with the command above and start building.", true)]
    [InlineData("Updates are now available for all release lines for the following issues.", true)]
    [InlineData("The commands are as follows.", true)]
    [InlineData("The patch shipped the following day to every customer.", false)]
    [InlineData("The fix reached users the following Tuesday, a week late.", false)]
    [InlineData("We are shipping this release to all users this week.", false)]
    [InlineData("The team describes a new approach to caching, and this approach halves latency.", false)]
    [InlineData("In this post we describe how the compiler schedules work.", false)]
    [InlineData("The topics are covered in the following order: news, tools and papers.", false)]
    [InlineData("We spend three hours on the year's games in this mammoth episode of the show.", false)]
    // A number before the noun (eighth held-out review, F4): the space was introduced in a paragraph the summary skipped.
    [InlineData("Not all vectors in this 784-dimensional space are handwritten digits.", true)]
    [InlineData("We cover the year's games in this 3-hour episode of the show.", false)]
    // Forty-ninth held-out review, F1: a recorded session names itself.
    [InlineData("In this session, we'll explore the routing algorithms of the load balancer.", false)]
    [InlineData("Join us in this webinar for a live look at the new inspection feature.", false)]
    public void LeansOnThePrevious_ShouldCatchWhatThePostShowedOrNamedBefore(string sentence, bool points)
        => Assert.Equal(points, Summarizer.LeansOnThePrevious(sentence, "Vision models arrive"));

    [Theory]
    // Twenty-ninth held-out review, F8: a release note's emphasis printed as written.
    [InlineData("__Preview__: In a managed instance group, you can set metadata.", "Preview: In a managed instance group, you can set metadata.")]
    [InlineData("The **new API** and the *old* one both work.", "The new API and the old one both work.")]
    // Code spans, dunders, arithmetic and a lone star stay.
    [InlineData("Replace `let` with `const` in __init__ and compute 2*3*4.", "Replace `let` with `const` in __init__ and compute 2*3*4.")]
    [InlineData("Prices rose 5%* this year; *footnote applies.", "Prices rose 5%* this year; *footnote applies.")]
    public void Summary_ShouldLoseMarkdownEmphasisOnly(string text, string expected)
        => Assert.Equal(expected, MarkdownText.WithoutEmphasis(text));
}
