using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit49;

/// <summary>
/// Hostile-input audit 49 of session 40's rules: an advertiser's opening credit phrased so the new rule misses it, a real
/// lede left out of the encoder's input as housekeeping, a news lede read as a sponsor's credit. Each test fails on the code
/// as audited and states what should hold. Report: /work/scratch/AUDIT49.md.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit49Tests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private const string Story =
        "Storage has depended on airflow while GPUs and CPUs moved to liquid cooling, creating an inefficient hybrid architecture in most data centres. " +
        "Operators now have to decide whether to rebuild their racks or live with two cooling systems for years.";

    private static Article Item(string text, string link = "https://venturebeat.com/infrastructure/liquid-cooled-ai-systems-expose-the-limits-of-traditional-storage")
        => new() { Id = "a", FeedUrl = "https://venturebeat.com/feed/", Title = "Liquid-cooled AI systems expose the limits of traditional storage architecture", Text = text, Link = link, Language = "en" };

    // ---- H2: an opening sponsor credit the rule misses --------------------------------------------------------------------

    [Theory]
    // Punctuation the credit's own pattern does not allow: a colon after "by", a stop after the name, quotes, a no-break space.
    [InlineData("Sponsored by: Nebius\n")]
    [InlineData("Sponsored by Nebius.\n")]
    [InlineData("\u201CSponsored by Nebius\u201D\n")]
    [InlineData("Sponsored by Nebius\u00A0\n")]
    // A name that opens on a digit, or runs past five words. (A lower-case name, "Sponsored by nebius", is left: a name must
    // open on a capital or a digit, as "Brought to you by popular demand" is a joke: review of session 41, R8.)
    [InlineData("Sponsored by 1Password\n")]
    [InlineData("Sponsored by Nebius AI Cloud Platform Team Europe\n")]
    // A company of two or three capitalised words without a "company word" reads as a speaker's name.
    [InlineData("Presented by Red Hat\n")]
    [InlineData("Presented by Pure Storage\n")]
    [InlineData("Presented by Hewlett Packard Enterprise\n")]
    // Another verb of the same credit.
    [InlineData("Promoted by Nebius\n")]
    public void H2_AnOpeningSponsorCredit_WrittenAnotherWay_ShouldStillBeSponsored(string credit)
        => Assert.Equal("sponsor_marker", Rules.CheckAds(Item(credit + Story))?.Rule);

    // ---- H4: a news lede read as a sponsor's credit -----------------------------------------------------------------------

    [Fact]
    public void H4_AnIposLede_NamingItsUnderwritersBeforeADash_ShouldStayNews()
        => Assert.Null(Rules.CheckAds(Item(
            "Underwritten by Goldman Sachs and Morgan Stanley – the IPO priced at $21 a share, above its range, and the shares rose 40 percent on their first day. " + Story,
            "https://news.example.org/2026/03/ipo-priced")));

    // ---- H3: a real lede left out of the encoder's input as housekeeping --------------------------------------------------

    private static readonly string LongStory = string.Concat(Enumerable.Repeat(
        "Intel will lose more ground to AMD in servers next year, as cloud buyers price cores rather than brands and move their databases to the cheaper parts. ", 14));

    [Theory]
    [InlineData("Please note that Microsoft will end support for Windows 10 on October 14.")]
    [InlineData("Welcome to the era of one-person unicorns: Cursor's revenue passed $1B this year.")]
    [InlineData("Follow the money: Nvidia invested $2B in the startup.")]
    [InlineData("Thank you, Sam Altman: OpenAI's CEO apologised for the outage on Friday.")]
    [InlineData("Hello, world: the first message sent over the new quantum network read like every programmer's.")]
    public void H3_AStoryLede_ThatOpensLikeHousekeeping_ShouldStayInTheEncodersText(string lede)
    {
        var text = lede + "\n" + LongStory;
        Assert.Equal(text, new EncoderText().WithoutHousekeepingLead(text));
    }

    // ---- H6: a release's feature read as an announced deal ----------------------------------------------------------------

    [Theory]
    [InlineData("Introducing Collaboration with GitHub Copilot in VS Code")]
    public void H6_AnAnnouncedFeature_NamingAProductAfterWith_ShouldStayARelease(string title)
        => Assert.Equal(ContentTypes.Release,
            ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title }, new ArticleScore { Id = "a", ContentType = ContentTypes.Release }).ContentType);
}
