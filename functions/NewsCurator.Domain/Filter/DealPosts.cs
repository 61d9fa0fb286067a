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
    private static readonly HashSet<string> DealSections = new(StringComparer.OrdinalIgnoreCase) { "deals", "deal", "coupons", "coupon", "promo-codes", "discount-codes" };

    private static readonly HashSet<string> DealCategories = new(StringComparer.OrdinalIgnoreCase)
        { "deals", "deal", "tech deals", "shopping deals", "daily deals", "coupons", "sales & deals", "deals & sales" };

    // "78 percent off ExpressVPN", "33% Off", "on sale for $101", "lowest price ever"; not a share price's distance from
    // its peak ("trades 40 percent off its high"), which is news.
    [GeneratedRegex(@"\b\d{1,3}(?:\.\d+)? ?(?:%|percent|per cent) off\b(?! (?:its|their|the|his|her|a|an|from|of)\b)|\bon sale (?:for|at) [$£€]|\b(?:lowest|best) price (?:ever|yet|we've seen)\b|\bdeal of the day\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DiscountHeadline();

    /// <summary>Why the article is a shopping post, or null.</summary>
    public static string? Why(Article article)
    {
        if (DealSection(article.Link) is { } section) return $"filed in the publisher's deals section ('/{section}/' in its link): a shopping post, not a story";
        if (article.Categories.FirstOrDefault(c => DealCategories.Contains(c.Trim())) is { } category) return $"filed under the category '{category.Trim()}': a shopping post, not a story";
        return DiscountHeadline().Match(article.Title) is { Success: true } offer
            ? $"the headline offers a discount ('{offer.Value}'): a shopping post, not a story"
            : null;
    }

    /// <summary>The link's path segment naming a deals section, before its last segment (the post's own slug).</summary>
    private static string? DealSection(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri)) return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Take(segments.Length - 1).FirstOrDefault(DealSections.Contains);
    }
}
