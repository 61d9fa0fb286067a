using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// A publisher's shopping post: "Get up to 78 percent off ExpressVPN two-year plans" (Engadget), filed under its deals
/// section, its text a list of prices ("$78 right now for 28 months, down from $363"). It reads like no sponsored post,
/// the paid-content patterns spell the discount "% off", and the encoder scored it 0.005 ad probability; an editor
/// never runs one in a tech brief (fourteenth held-out review, F2). Recognised by where the publisher files it (a
/// deals section in the link, a Deals category) or by a headline that offers a discount.
/// </summary>
public static partial class DealPosts
{
    // A news site's deals section is also where mergers are filed (Reuters' /markets/deals/): a section or a bare
    // "Deals" category says "shopping post" only with a price or a discount in the headline or the opening.
    private static readonly HashSet<string> DealSections = new(StringComparer.OrdinalIgnoreCase) { "deals", "deal", "coupons", "coupon", "promo-codes", "discount-codes" };

    private static readonly HashSet<string> DealCategories = new(StringComparer.OrdinalIgnoreCase) { "deals", "deal", "coupons" };

    /// <summary>Categories only shopping posts carry.</summary>
    private static readonly HashSet<string> ShoppingCategories = new(StringComparer.OrdinalIgnoreCase)
        { "tech deals", "shopping deals", "daily deals", "sales & deals", "deals & sales", "shopping" };

    // "78 percent off ExpressVPN", "33% Off", "on sale for $101"; not a price's distance from its peak ("trades 40
    // percent off its high", "5% off record highs", "off-peak"), which is news.
    [GeneratedRegex(@"\b\d{1,3}(?:\.\d+)? ?(?:%|percent|per cent) off\b(?!-)(?! (?:its|their|the|his|her|a|an|from|of|record|all-time|highs?|lows?|peak|52-week)\b)|\bon sale (?:for|at) [$£€]|\bdeal of the day\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DiscountHeadline();

    // A shop's price or discount ("down from $363", "30 percent off", "save $50", "promo code"); not a deal's value
    // ("for $2.1 billion"), which merger news names.
    [GeneratedRegex(@"\b\d{1,3} ?(?:%|percent) off\b|\b(?:promo|coupon|discount) codes?\b|\bcoupons?\b|\bdown from [$£€]|\bsave (?:up to )?[$£€]|\bon sale\b|\b(?:was|regularly|normally) [$£€]\d|\bmoney-back guarantee\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceCue();

    // A giveaway of something to claim: "Beat Cop Game Key Giveaway", "Vaultbreakers Playtest Key Giveaway" (a vendor's
    // promotions feed; twenty-eighth held-out review, F1: three printed as podcasts, no price or discount to catch).
    [GeneratedRegex(@"\bgive-?aways?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GiveawayHeadline();

    // What a giveaway hands out and asks readers to do: a key or code to claim ("Get your ... game key now!", "This Steam
    // key gives you access", "Grab your ... boost now"); news about a giveaway reports it and asks nothing ("tell viewers
    // to claim your GPU", "rushed to claim it": review of session 28, R3).
    [GeneratedRegex(@"\b(?:game|steam|playtest|beta|activation|license|licence|product|cd|dlc|gift)[ -]?(?:keys?|codes?)\b(?!\s+(?:scam|fraud|theft|leak|resell))|\b(?:grab|claim|redeem|get)\s+your\s+(?:[\w®™'’-]+\s+){0,6}?(?:keys?|codes?|copy|boost|reward|dlc|skin|bundle)\b|\bwhile (?:keys|codes|supplies) last\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex ClaimCue();

    /// <summary>Why the article is a shopping post or a giveaway, or null.</summary>
    public static string? Why(Article article)
    {
        if (DiscountHeadline().Match(article.Title) is { Success: true } offer) return $"the headline offers a discount ('{offer.Value}'): a shopping post, not a story";
        if (GiveawayHeadline().IsMatch(article.Title) && ClaimCue().Match(article.Title + "\n" + Ends(article.Text)) is { Success: true } claim)
            return $"a giveaway with something to claim ('{claim.Value}'): a promotion, not a story";
        if (article.Categories.FirstOrDefault(c => ShoppingCategories.Contains(c.Trim())) is { } shopping) return $"filed under the category '{shopping.Trim()}': a shopping post, not a story";
        var opening = article.Text.Length > 600 ? article.Text[..600] : article.Text;
        if (!PriceCue().IsMatch(article.Title + "\n" + opening)) return null;
        if (DealSection(article.Link) is { } section) return $"filed in the publisher's deals section ('/{section}/' in its link) with prices: a shopping post, not a story";
        return article.Categories.FirstOrDefault(c => DealCategories.Contains(c.Trim())) is { } category
            ? $"filed under the category '{category.Trim()}' with prices: a shopping post, not a story"
            : null;
    }

    /// <summary>The opening and the close of a text, where a promotion says what to claim and how.</summary>
    internal static string Ends(string text) => text.Length <= 1200 ? text : text[..600] + "\n" + text[^600..];

    /// <summary>The link's path segment naming a deals section, before its last segment (the post's own slug).</summary>
    private static string? DealSection(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri)) return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Take(segments.Length - 1).FirstOrDefault(DealSections.Contains);
    }
}
