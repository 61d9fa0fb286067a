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
    private readonly Dictionary<string, (int Items, int Promotions)> _feeds = new(StringComparer.Ordinal);

    public void Add(Article article)
    {
        var feed = _feeds.GetValueOrDefault(article.FeedUrl);
        _feeds[article.FeedUrl] = (feed.Items + 1, feed.Promotions + (DealPosts.Why(article) is null ? 0 : 1));
    }

    /// <summary>Why an item of a promotions feed is no story, or null: at least three of its feed's items, and two in three, promote.</summary>
    public string? Why(Article article)
        => _feeds.TryGetValue(article.FeedUrl, out var feed) && feed.Promotions >= MinPromotions && feed.Promotions * 3 >= feed.Items * 2
            ? $"{feed.Promotions} of the feed's {feed.Items} items are shopping posts or giveaways: a promotions feed, and this item is one of its offers"
            : null;

    private const int MinPromotions = 3;
}
