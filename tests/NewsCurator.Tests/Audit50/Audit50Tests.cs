using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit50;

/// <summary>
/// Hostile-input audit 50 of session 41's rules (git diff 8a69c335..e739d8db), ranked H1..H10 as in the report: a public
/// feed's link to a listed private host kept (H1), a feed that runs out the shard's clock starving the feeds behind it (H2),
/// news sentences refused as the page's media (H3) or as a clause alone (H4), house ads phrased so the rule misses them (H5),
/// a sponsor's "Presented by" kept by a talk's word anywhere in the copy (H6), a call to subscribe kept in the encoder's text
/// (H7), prose cut as a byline (H8) or a journal's citation (H9), two products folded into one pre-release series (H10).
/// Each test fails on the code as audited and states what should hold. Here H5, H6, H7 and H10 (fix42c); the others are
/// another branch's. Report: /work/scratch/AUDIT50.md.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit50HouseAdTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text, string feed = "https://blog.example.com/feed.xml")
        => new() { Id = "a", FeedUrl = feed, Title = title, Text = text, Link = "https://blog.example.com/posts/1", Language = "en" };

    // ---- H5: a house ad in the publisher's voice without "I/we <verb>", or with a call the rule does not know ------------

    [Theory]
    // No "I" or "we" before the verb: the offer is announced in the passive, as a label, or with "our" alone.
    [InlineData("Announcing our new newsletter: The Agent Brief",
        "Announcing our new newsletter, The Agent Brief: one short email every Friday with the week's most useful agent tools and papers. No spam, unsubscribe any time. Subscribe today.")]
    [InlineData("Our email course starts Monday",
        "Our free five-day email course on prompt engineering starts Monday: one lesson a day, with exercises and a short quiz at the end of each. Sign up here.")]
    [InlineData("Forthcoming: the 60-second AI newsletter",
        "Forthcoming: my 60-second AI newsletter, a two-minute read every morning with the only three AI stories you need. Subscribe today.")]
    // "I/we" and the offer, but a call in other words: save your seat, RSVP, get on the list, grab a spot.
    [InlineData("Join me for a live webinar on RAG evaluation",
        "We're hosting a free webinar on RAG evaluation next Thursday at 10am PT: how to build a test set, which metrics to trust, and the mistakes we see most. Save your seat here.")]
    [InlineData("A new cohort of my LLM bootcamp",
        "I'm opening a new cohort of my LLM engineering bootcamp in January: six weeks, live sessions, code reviews and a capstone project. RSVP here to get the early-bird price.")]
    public void H5_AShortHouseAd_PhrasedAnotherWay_ShouldBeAHouseAd(string title, string text)
        => Assert.Equal("house_ad", Rules.CheckAds(Post(title, text))?.Rule);

    // ---- H6: "Presented by <two capitalised words>" kept as a speaker by any talk's word anywhere in the text ---------------

    [Theory]
    [InlineData("Presented by Red Hat\nRed Hat OpenShift 5 keeps user sessions alive across node restarts, and a new video walkthrough shows how to move a cluster in an afternoon.")]
    [InlineData("Presented by Pure Storage\nPure Storage's new FlashBlade//EXA feeds GPUs at 10 TB/s. Watch the video to see how AI teams cut checkpoint times in half.")]
    public void H6_ABrandsPresentedByCredit_WithATalksWordInTheCopy_ShouldStillBeSponsored(string text)
        => Assert.Equal("sponsor_marker", Rules.CheckAds(Post("Why AI infrastructure teams are rethinking storage", text))?.Rule);
}


/// <summary>The encoder's input: housekeeping kept by TellsOfOthers.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit50EncoderTextTests
{
    private static readonly string Story = string.Concat(Enumerable.Repeat(
        "Intel will lose more ground to AMD in servers next year, as cloud buyers price cores rather than brands and move their databases to the cheaper parts. ", 14));

    // ---- H7: a call to subscribe stuffed with names stays in the encoder's 256 pieces ---------------------------------------

    [Theory]
    [InlineData("Subscribe to our newsletter for daily news on OpenAI, Nvidia and Anthropic.")]
    [InlineData("Thanks for reading! Follow us for more on GPT-5, Gemini and Claude.")]
    public void H7_HousekeepingThatNamesBrands_StillGoesFromTheEncodersText(string lead)
        => Assert.Equal(Story, new EncoderText().WithoutHousekeepingLead(lead + "\n" + Story));
}


/// <summary>Select: one publisher's pre-releases (Selector.PreReleaseSeries).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit50PreReleaseTests
{
    // ---- H10: two products of one platform prefix are one series as soon as both number their previews ---------------------

    [Theory]
    [InlineData("Azure AI Foundry Preview 2 now available", "Azure AI Search Preview 3 now available")]
    [InlineData("Visual Studio 2022 17.14 Preview 3", "Visual Studio Code Insiders 2")]
    public void H10_TwoProductsSharingAPlatformPrefix_WithNumberedPreviews_AreNoOneSeries(string title, string other)
        => Assert.Null(NewsCurator.Select.Selector.PreReleaseSeries(title, other));
}
