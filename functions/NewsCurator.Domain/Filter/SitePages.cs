namespace NewsCurator.Filter;

/// <summary>
/// A site's standing page listed in its feed as if it were a post: "About Us" at /about-us.html, "Our Projects" at
/// /projects/, "Contact" at /contact/ (Publii and Hugo themes put every page in the feed). Not a story: the eleventh
/// held-out review found a contact card and a projects page printed above real posts. Both signs must agree, the
/// page's title and its address, so a post called "About Us: how we rebuilt our team page" or one at /about-us/ titled
/// otherwise stays a post.
/// </summary>
public static partial class SitePages
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial System.Text.RegularExpressions.Regex Year();

    private static readonly HashSet<string> Titles = new(
        ["about", "about us", "about me", "about this site", "about the blog", "contact", "contact us", "contact me", "get in touch", "team", "our team",
         "the team", "meet the team", "projects", "our projects", "my projects", "portfolio", "privacy", "privacy policy", "cookie policy", "terms",
         "terms of service", "terms of use", "terms and conditions", "imprint", "impressum", "legal notice", "disclaimer", "now", "uses", "archive",
         "archives", "tags", "categories", "search", "subscribe", "newsletter"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Slugs = new(
        ["about", "about-us", "about-me", "aboutus", "contact", "contact-us", "contact-me", "contactus", "team", "our-team", "projects", "our-projects",
         "portfolio", "privacy", "privacy-policy", "cookie-policy", "cookies", "terms", "terms-of-service", "terms-of-use", "tos", "imprint", "impressum",
         "legal", "legal-notice", "disclaimer", "now", "uses", "archive", "archives", "tags", "categories", "search", "subscribe", "newsletter"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Why the article is a site page, or null.</summary>
    public static string? Of(Model.Article article)
    {
        var title = article.Title.Trim().TrimEnd('.', '!', ':');
        if (!Titles.Contains(title) || !Uri.TryCreate(article.Link, UriKind.Absolute, out var link)) return null;
        // A site's page sits near its root (/about/, /project-site/about-us.html); a post titled "Privacy" lives under
        // a date (/2024/05/privacy/) or deeper.
        if (link.Segments.Length > 3 || link.Segments.Any(s => Year().IsMatch(s.Trim('/')))) return null;
        var last = link.Segments.LastOrDefault()?.Trim('/') ?? "";
        var slug = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(last));
        return Slugs.Contains(slug) ? $"a site page (\"{title}\" at {link.AbsolutePath}), not a story: the feed lists the site's pages with its posts" : null;
    }
}
