using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A social network's status post (a Mastodon or Pleroma toot, a tweet through a Twitter bridge, a Bluesky post) that points
/// to one page: the post is a pointer, and the story is the page. Linked to the post, "Blog: Gateway API v1.0: GA Release -
/// kubernetes.io/blog/..." was judged by its 200 characters, no page could be read in full but the bridge's, the one chosen
/// sent readers to a third-party mirror of the tweet, and the same story posted on two networks was two stories (held-out
/// review 83, F6). Only a post with exactly one such page: two (an app's two stores) or none (a question, a thought) keep
/// the post.
/// </summary>
internal static partial class StatusPosts
{
    /// <summary>The one page <paramref name="html"/> links to, where <paramref name="itemLink"/> is a status post; null otherwise.</summary>
    /// <param name="html">The post's HTML.</param>
    /// <param name="itemLink">The item's link.</param>
    /// <param name="itemTitle">The item's title: a status post mirrored on its publisher's own site is known by it (<see cref="IsStatusTitle"/>).</param>
    public static string? LinkedStory(string? html, string? itemLink, string? itemTitle = null)
    {
        if (html is null || !Uri.TryCreate(itemLink, UriKind.Absolute, out var post) || !(IsStatusPath(post.AbsolutePath) || IsStatusTitle(itemTitle))) return null;
        var scanned = html.Length > MaxScan ? html[..MaxScan] : html;
        string? story = null;
        foreach (Match anchor in Anchor().Matches(scanned))
        {
            var attributes = anchor.Groups["attributes"].Value;
            // Hashtags, mentions and the network's own pages (a bridge's search, a profile) are the post's furniture; another
            // status (a quoted post) is a pointer again.
            if (MentionClass().IsMatch(attributes) || Href().Match(attributes) is not { Success: true } href) continue;
            var address = System.Net.WebUtility.HtmlDecode(href.Groups["href"].Value);
            // A shortener hides the page: a reader would be sent through a redirector that counts the click. The page is the
            // address the bridge wrote beside it (its data-expanded-url or title, or the link's text); without one the link is
            // skipped, so that a full address elsewhere in the post still names the story (hostile-input audit 53, H2; code
            // review 45, R8: a t.co or buff.ly link beside a story's link kept every such post as its own link).
            if (Uri.TryCreate(address, UriKind.Absolute, out var shortened) && IsShortener(shortened))
            {
                if (ExpandedAddress(attributes, scanned, anchor.Index + anchor.Length) is not { } expanded) continue;
                address = expanded;
            }
            if (!Uri.TryCreate(address, UriKind.Absolute, out var page) || page.Scheme is not ("http" or "https")
                || page.Host.Equals(post.Host, StringComparison.OrdinalIgnoreCase) || IsNetworkHost(page)
                || ProfileOrTag().IsMatch(page.AbsolutePath) || IsStatusPath(page.AbsolutePath)
                || MediaLinks.IsMediaFile(address) || MediaLinks.IsImageFile(address))
                continue;
            if (story is null) story = address;
            else if (!SamePage(story, address)) return null;
        }
        return story;
    }

    /// <summary>
    /// Whether a title is a status post's name, not a headline: a network's word for a post and its id, and at most whose it is
    /// ("Tweet 1029425508977659904 by yuzuemu", "Toot 111544452566443481", "Status #1719424500591210559 from @jane"). A site
    /// generator that mirrors its account's posts on the site ("/entry/tweet_ID/") titles them so, and twenty such posts of an
    /// emulator's feed passed as articles headlined by their ids (held-out review 119, F3). The post is the status it is: its
    /// text's opening is its headline, as for any title-less note, and its one linked page, where it has one, is its story.
    /// An id is eight digits or more, or sixteen hex digits: "Post 2" or "Note 2024" is a headline of its own.
    /// </summary>
    public static bool IsStatusTitle(string? title) => title is { Length: <= MaxStatusTitle } && StatusTitle().IsMatch(title.Trim());

    private const int MaxStatusTitle = 200;

    [GeneratedRegex(@"^(?:re)?(?:tweet|toot|post|status|skeet|note|notice)\s*[#:]?\s*(?:\d{10,30}|[0-9a-f]{16,40})(?:\s+(?:by|from|of)\s+@?[\w.@-]{1,64})?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StatusTitle();

    /// <summary>
    /// A social network's own host, whose every page is the post's furniture or another pointer: an account written as a
    /// plain link by a bridge ("x.com/OpenAI"), a Bluesky profile, a post (hostile-input audit 53, H2). Another host of the
    /// company ("blog.x.com") is a page of its own.
    /// </summary>
    private static bool IsNetworkHost(Uri uri)
        => Filter.UrlCanonicalizer.Site(uri) is "x.com" or "twitter.com" or "mobile.twitter.com" or "mobile.x.com" or "bsky.app" or "threads.net" or "threads.com";

    /// <summary>
    /// The full address a bridge wrote for a shortened link: its data-expanded-url or title attribute, or the link's text where
    /// that is a whole address ("techcrunch.com/2026/05/02/story"; not one cut short with "…"); null where there is none.
    /// </summary>
    private static string? ExpandedAddress(string attributes, string html, int textStart)
    {
        string? candidate;
        if (ExpandedAttribute().Match(attributes) is { Success: true } attribute) candidate = System.Net.WebUtility.HtmlDecode(attribute.Groups["url"].Value);
        else
        {
            var end = html.IndexOf("</a", textStart, StringComparison.OrdinalIgnoreCase);
            if (end < 0 || end - textStart > MaxLinkText) return null;
            var text = System.Net.WebUtility.HtmlDecode(InnerTag().Replace(html[textStart..end], "")).Trim();
            if (!AddressText().IsMatch(text)) return null;
            candidate = text.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? text : "https://" + text;
        }
        return Uri.TryCreate(candidate, UriKind.Absolute, out var page) && page.Scheme is "http" or "https" && !IsShortener(page) ? candidate : null;
    }

    private const int MaxLinkText = 1000;

    [GeneratedRegex("""\b(?:data-expanded-url|data-full-url|title)\s*=\s*["'](?<url>https?://[^"'<>\s]{1,2000})["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpandedAttribute();

    [GeneratedRegex(@"<[^<>]{0,500}>", RegexOptions.CultureInvariant)]
    private static partial Regex InnerTag();

    /// <summary>A link text that is a whole address: a host with a dot, a path, no ellipsis.</summary>
    [GeneratedRegex(@"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[^\s…]*)?$(?<!\.\.\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressText();

    /// <summary>A link shortener's host: the page it leads to is not in the post.</summary>
    private static bool IsShortener(Uri uri)
        => Filter.UrlCanonicalizer.Site(uri) is "t.co" or "bit.ly" or "buff.ly" or "ow.ly" or "lnkd.in" or "dlvr.it" or "tinyurl.com" or "goo.gl" or "is.gd" or "trib.al";

    private static bool SamePage(string a, string b)
        => string.Equals(Filter.UrlCanonicalizer.Canonicalize(a), Filter.UrlCanonicalizer.Canonicalize(b), StringComparison.Ordinal);

    /// <summary>How much of a post's HTML is read: a status is short, and a long text is no pointer.</summary>
    private const int MaxScan = 20_000;

    /// <summary>
    /// A status's own address: Mastodon's "/@user/111544452566443481" and "/users/user/statuses/ID", a Twitter or Nitter
    /// "/user/status/1719424500591210559", Pleroma's and Akkoma's "/notice/ID", Bluesky's "/profile/HANDLE/post/ID", each
    /// id in its network's own shape (a snowflake's 15 digits or more, a flake id, a 13-letter key): a government's
    /// "/notice/cve-2026-12345" or a service's "/api/status/20261206" is a page of its own (review of session 44, R4).
    /// Also a Threads post "/@user/post/KEY", a Misskey note "/notes/ID" (ten letters and digits), and a status's own
    /// sub-page ("/user/status/ID/photo/1" is the tweet; hostile-input audit 53, H2).
    /// </summary>
    private static bool IsStatusPath(string path)
        => StatusPath().IsMatch(path) && (!path.StartsWith("/notes/", StringComparison.Ordinal) || IsMisskeyId(path.AsSpan("/notes/".Length, 10)));

    /// <summary>
    /// Whether ten letters and digits are a Misskey note's id: its "aid" opens on the note's time, milliseconds since
    /// 2000 in eight base-36 digits, so a note written since 2018 opens on a time between then and 2040. Any site's
    /// "/notes/k8sv129rel" or "/notes/2024recap1" is a page of its own (code review 45, R9), and as a status post's link
    /// it made the post's one outbound link its story.
    /// </summary>
    private static bool IsMisskeyId(ReadOnlySpan<char> id)
    {
        long milliseconds = 0;
        foreach (var c in id[..8]) milliseconds = milliseconds * 36 + (c <= '9' ? c - '0' : c - 'a' + 10);
        return milliseconds is >= AidOf2018 and <= AidOf2040;
    }

    private const long AidOf2018 = 568_080_000_000; // 2018-01-01 in milliseconds since 2000-01-01
    private const long AidOf2040 = 1_262_304_000_000; // 2040-01-01

    [GeneratedRegex(@"^/(?:@[\w.-]{1,64}/\d{6,24}|users/[\w.-]{1,64}/statuses/\d{6,24}|\w{1,30}/status(?:es)?/\d{15,24}|notice/[0-9A-Za-z]{16,24}|profile/[\w.:-]{1,253}/post/[a-z2-7]{13}|@[\w.]{1,64}/post/[\w-]{6,20}|notes/(?=[a-z]*\d)[0-9a-z]{10})(?:/[^/]{1,40}){0,3}/?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex StatusPath();

    [GeneratedRegex(@"<a\s(?<attributes>[^<>]{0,2000})>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    [GeneratedRegex("""\bhref\s*=\s*["'](?<href>[^"'<>\s]{1,2000})["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Href();

    [GeneratedRegex("""\bclass\s*=\s*["'][^"']*\b(?:mention|hashtag|u-url)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionClass();

    /// <summary>
    /// A person's or a tag's page on another instance: "/@name", "/users/name", "/tags/name", "/tag/name", "/hashtag/name",
    /// and a profile's own tabs ("/@name/with_replies", "/@name/media"; hostile-input audit 53, H2). "/@name/slug" is no
    /// profile: Medium's stories have that shape.
    /// </summary>
    [GeneratedRegex(@"^/(?:(?:@[^/]+|users/[^/]+)(?:/(?:with_replies|replies|media|followers|following|featured|about))?|tags?/[^/]+|hashtag/[^/]+)/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProfileOrTag();
}
