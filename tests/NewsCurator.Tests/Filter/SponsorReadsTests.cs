using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>An episode's sponsor reads are not its words (fifty-fourth held-out review, F3: two comedy episodes passed the length floor on them).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SponsorReadsTests
{
    private const string Channel = "https://www.youtube.com/feeds/videos.xml?channel_id=UCsE74YJvPJpaquzTPMO8hAA";

    private const string Notes = """
        We're talking Joe and Friends' new comedy special! Mark heads to Texas and escapes Jack Frost! It's Tuesdays!

        Our Stuff:
        - http://www.patreon.com/tuesdays

        - Same night out - way better morning with Cheers. For a limited time, fans are getting 20% off their entire order by using code TUESDAYS at http://CheersHealth.com #Cheers
        - For free shipping on your order & 365-day returns go to https://www.Quince.com/TUESDAYS
        - Get Huel today with our exclusive offer of 15% off online with code TUESDAYS15 at https://www.huel.com/TUESDAYS15
        """;

    private static Article Episode(string text, string feed = Channel, string link = "https://www.youtube.com/watch?v=tn5S8Q0O3Fs")
        => new() { Id = "e", FeedUrl = feed, Title = "Mail Manager | Tuesdays With Stories #643", Link = link, Text = text, Language = "en" };

    [Fact]
    public void AChannelsEpisode_ShouldLoseItsSponsorReads_AndFallBelowTheLengthFloorOnItsOwnWords()
    {
        var article = SponsorReads.Removed(Episode(Notes));
        Assert.StartsWith("We're talking Joe and Friends'", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("code", article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("% off", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quince", article.Text, StringComparison.Ordinal);
        Assert.Contains("patreon.com/tuesdays", article.Text, StringComparison.Ordinal);
        var verdict = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(article);
        Assert.Equal("min_length", verdict?.Rule);
        // The notes as written passed it on their sponsors' copy.
        Assert.Null(new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(Episode(Notes)));
    }

    [Fact]
    public void TheEpisodesOwnSentence_OnASponsorsLine_ShouldStay()
    {
        var article = SponsorReads.Removed(Episode("We talk to the Postgres team about the planner rewrite and what it means for JSON queries. This episode is brought to you by Acme. Use promo code PLANNER for a month free."));
        Assert.Equal("We talk to the Postgres team about the planner rewrite and what it means for JSON queries.", article.Text);
    }

    [Fact]
    public void AnArticle_OrNotesThatAreAllSponsorCopy_ShouldKeepTheirText()
    {
        // A news story's "sponsored by" is a bill's sponsor; "use code" in prose names no code in capitals.
        var news = new Article { Id = "n", FeedUrl = "https://news.example.org/feed.xml", Title = "Senate passes the AI safety bill", Link = "https://news.example.org/ai-bill",
            Text = "The bill, sponsored by Senator Jane Roe, passed 61-39. Vendors get 20% off compliance fees in year one.", Language = "en" };
        Assert.Same(news, SponsorReads.Removed(news));
        var prose = Episode("In this episode we ask when a model should use code it wrote itself, and when to call a tool instead.");
        Assert.Same(prose, SponsorReads.Removed(prose));
        var allSponsor = Episode("This video is sponsored by Acme. Use code DEV for 20% off.");
        Assert.Same(allSponsor, SponsorReads.Removed(allSponsor));
    }
}
