using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Between the scorer's calibrated ad threshold and scoring.max_ad_probability the head alone drops nothing: funding news
/// ("Mirage raises $75M ...", ad probability 0.43 over a threshold of 0.30) went as ad_score (held-out review 68, F5). A text
/// that sells (an offer, a code, a sponsor's credit) is still dropped there, and above max_ad_probability nothing changed.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CalibratedAdBandTests
{
    // techcrunch.rss, as the feed has it.
    private const string Title = "Mirage raises $75M to continue building models for its AI video editing app Captions | TechCrunch";
    private const string Dek = "Mirage, the maker of video editing app Captions, has raised $75 million in growth financing from General Catalyst's Customer Value Fund (CVF).";

    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(string text, double adProbability)
    {
        var articles = new Dictionary<string, Article>
        {
            ["m"] = new() { Id = "m", FeedUrl = "https://techcrunch.com/feed/", Title = Title, Text = text, Link = "https://techcrunch.com/2026/03/24/mirage-raises-75m/" },
        };
        var scores = new List<ArticleScore> { new() { Id = "m", TechRelevanceScore = 8, QualityScore = 7, AdProbability = adProbability, IsAdvertisement = true, AdThreshold = 0.30 } };
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());
        return (selected, decisions);
    }

    [Fact]
    public void FundingNews_OverTheCalibratedThreshold_ButUnderMaxAdProbability_ShouldStayAndSaySo()
    {
        var (selected, decisions) = Choose(Dek, 0.43);
        Assert.Equal(["m"], selected.Select(s => s.Id));
        Assert.Contains("its text shows no sign of an ad", decisions.Single().Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Dek + " Readers can use promo code CAPTIONS for 20% off a year of Captions Pro.", "'promo code'")]
    [InlineData("Sponsored by Captions. Edit your videos with AI in seconds: start your free trial today.", "'free trial'")]
    public void AText_ThatSells_OverTheCalibratedThreshold_ShouldStillBeDroppedAsAnAd(string text, string sign)
    {
        var (selected, decisions) = Choose(text, 0.43);
        Assert.Empty(selected);
        var ad = decisions.Single();
        Assert.Equal("ad_score", ad.Rule);
        Assert.Contains($"its text reads as an ad ({sign})", ad.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void News_AtOrAboveMaxAdProbability_ShouldStillBeDroppedAsAnAd()
        => Assert.Equal("ad_score", Choose(Dek, 0.6).Decisions.Single().Rule);
}
