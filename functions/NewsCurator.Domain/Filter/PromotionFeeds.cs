using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// A feed most of whose items are shopping posts or giveaways (<see cref="DealPosts"/>) is a promotions feed: its other
/// items promote too, in words the rules do not know ("Gray Zone Warfare - Tactical Edition Upgrade": "Upon activation of
/// the Tactical Edition key, you will get ..."). With its four giveaways dropped, that upgrade became the second story
/// of the issue (twenty-eighth held-out review, F1). Counted in Filter's first pass over the shards, as
/// <see cref="DekFeeds"/> is, so the second can decide each item with its feed's count known.
/// </summary>
public sealed class PromotionFeeds
{
    private readonly Dictionary<string, (int Items, int Promotions, int InDeals)> _feeds = new(StringComparer.Ordinal);

    public void Add(Article article)
    {
        var feed = _feeds.GetValueOrDefault(article.FeedUrl);
        var promotes = DealPosts.Why(article) is not null;
        _feeds[article.FeedUrl] = (feed.Items + 1, feed.Promotions + (promotes ? 1 : 0), feed.InDeals + (promotes && DealPosts.InDealSection(article) ? 1 : 0));
    }

    /// <summary>
    /// Why an item of a promotions feed is no story, or null: at least three of its feed's items, and two in three, promote,
    /// and the item itself shows an offer. The feed's habit alone decided once, and a gadget site's main feed on a sale
    /// weekend (five deals in seven items) lost its space story and its book column as "offers", and would have lost any
    /// chip launch (held-out review 86, F2). So the item must name a price, a discount or something to claim (the vendor's
    /// "Tactical Edition key" still does), and where every offer of the feed was filed in its deals section, an item
    /// filed in another section is the site's news, whatever it costs.
    /// </summary>
    public string? Why(Article article)
    {
        if (!_feeds.TryGetValue(article.FeedUrl, out var feed) || feed.Promotions < MinPromotions || feed.Promotions * 3 < feed.Items * 2) return null;
        if (feed.InDeals == feed.Promotions && !DealPosts.InDealSection(article) && DealPosts.InSection(article)) return null;
        return DealPosts.OfferCue(article) is { } cue
            ? $"{feed.Promotions} of the feed's {feed.Items} items are shopping posts or giveaways: a promotions feed, and this item is one of its offers ('{cue}')"
            : null;
    }

    private const int MinPromotions = 3;
}
