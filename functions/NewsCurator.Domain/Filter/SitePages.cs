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

    /// <summary>
    /// A consultant's or freelancer's standing pages: services, hire me, CV or résumé, pricing. A Hugo site's "services" page,
    /// a first-person offer of paid work, led an issue (held-out review 108, F3). The slug and the title must agree, as above.
    /// </summary>
    private static readonly HashSet<string> ServiceSlugs = new(
        ["services", "our-services", "my-services", "consulting", "consultancy", "hire", "hire-me", "hire-us", "work-with-me", "work-with-us", "cv", "resume",
         "curriculum-vitae", "pricing", "rates"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A title that names such a page: "Services", "Embedded Systems Consulting", "Hire an Embedded Expert", "Work with me", "CV", "Résumé", "Pricing".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[\p{L}\d&'’-]+\s+){0,4}?(?:services|consulting|consultancy)$|^(?:my\s+|our\s+)?(?:services|cv|r[eé]sum[eé]|curriculum\s+vitae|pricing|rates)$|^hire\s+(?:me|us|an?\s+)|^work\s+with\s+(?:me|us)$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ServiceTitle();

    /// <summary>
    /// A site's notice about itself: its launch, a welcome, its first post, its move ("Website launch", "Welcome to my new blog",
    /// "Hello, world", "First post", "Moving my blog"), over a short first-person text about the site ("my first post", "this
    /// website", "see you in the next post"). A personal blog's hello-world note was printed among the Top stories on its
    /// words "Github" and "data science" (held-out review 107, F2). Both signs: a tutorial titled "Hello, World" speaks of
    /// code, not of its blog, and a product's launch is no site's; a long post is more than its notice.
    /// </summary>
    private static string? SiteNotice(Model.Article article, string title)
    {
        if (!SiteEventTitle().IsMatch(title) || Words.Count(article.Text) > MaxSiteNoticeWords) return null;
        var read = article.Text.Length > MaxNoticeRead ? article.Text[..MaxNoticeRead] : article.Text;
        // Code is the post's subject, fenced or as an HTML <pre> block flattened to its lines ("fn main() {", "$ zig build").
        if (read.Contains("```", StringComparison.Ordinal) || CodeLine().IsMatch(read)) return null;
        // The notice talks of the site from its first sentences; a post's sign-off ("Next week on this blog: ...") is not
        // its subject, unless it talks of the site again (code review 50, R6).
        var self = SelfTalk().Matches(read);
        var first = self.FirstOrDefault();
        return first is not null && (first.Index < OpeningOf(read) || self.Count >= 2)
            ? $"a site's notice about itself (\"{Words.Truncate(title, 60)}\": \"{Words.Truncate(first.Value, 40)}\"), not a story: the site's housekeeping"
            : null;
    }

    /// <summary>Where the text's second sentence ends: the opening a notice about the site talks of it in.</summary>
    private static int OpeningOf(string text)
    {
        var stops = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && ++stops == 2) return i + 1;
        return text.Length;
    }

    /// <summary>A line of code as a flattened &lt;pre&gt; block leaves it: a call ending in ";" or "{", a brace alone, a shell prompt.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[\w.:]\([^()\n]{0,60}\)\s*[;{]|^[ \t]*[{}][ \t]*;?[ \t]*$|^[ \t]*(?:\$|>>>)[ \t]+\S|#include\b|\bstd::|\bconsole\.log\(|\bprintln!?\(|\bprintf\(|@import\(",
        System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CodeLine();

    /// <summary>A notice about the site is a few paragraphs: longer, the post has a subject of its own.</summary>
    private const int MaxSiteNoticeWords = 300;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W{0,3}(?:(?:(?:my|our|the|new)\s+)?(?:web\s*site|site|blog)\s+(?:launch(?:ed)?|is\s+(?:live|up|back|open)|(?:re)?launch|redesign|update|moved|has\s+moved)|(?:launching|introducing)\s+(?:my|our|the)\s+(?:new\s+)?(?:web\s*site|site|blog)|welcome(?:\s+to\s+(?:my|our|the)\s+(?:new\s+)?(?:web\s*site|site|blog|corner|home))?|hello,?\s+(?:world|everyone|there)|(?:my\s+)?(?:very\s+)?first\s+(?:blog\s+)?post|new\s+(?:home|site|website|blog)|(?:moving|moved)\s+(?:my|the|our)\s+blog|(?:the\s+)?blog\s+(?:is\s+)?back|back\s+to\s+blogging)\W{0,3}$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SiteEventTitle();

    /// <summary>The text's words about the site itself.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:this|my|our)\s+(?:new\s+|own\s+|personal\s+)?(?:web\s*site|site|blog)\b|(?:my|our|the)\s+(?:very\s+)?first\s+(?:blog\s+)?post\b|(?:see\s+you|stay\s+tuned)[^.!?\n]{0,30}\bnext\s+post\b|\bbuilt\s+(?:my|our|this)\s+(?:own\s+)?(?:web\s*site|site|blog)\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SelfTalk();

    /// <summary>Why the article is a site page, or null.</summary>
    public static string? Of(Model.Article article)
    {
        var title = article.Title.Trim().TrimEnd('.', '!', ':');
        if (article.PlaceholderDated)
            return $"a site page (\"{Words.Truncate(title, 60)}\", dated with its generator's placeholder for pages beside the feed's dated posts), not a story";
        if (Profile(article, title) is { } profile) return profile;
        if (LicenceText(article, title) is { } licence) return licence;
        if (CommunityNotice(article, title) is { } notice) return notice;
        if (ListingPage(article, title) is { } listing) return listing;
        if (SiteNotice(article, title) is { } own) return own;
        var offer = ServiceTitle().IsMatch(title);
        if ((!Titles.Contains(title) && !offer) || !Uri.TryCreate(article.Link, UriKind.Absolute, out var link)) return null;
        // A site's page sits near its root (/about/, /project-site/about-us.html); a post titled "Privacy" lives under
        // a date (/2024/05/privacy/) or deeper.
        if (link.Segments.Length > 3 || link.Segments.Any(s => Year().IsMatch(s.Trim('/')))) return null;
        var last = link.Segments.LastOrDefault()?.Trim('/') ?? "";
        var slug = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(last));
        // Or the site itself: a portfolio's "About" item links to its home page (fifty-first held-out review, F2); another
        // site's home page is an aggregator's story about that site ("Privacy" at privacy.com: hostile-input audit 40, H11).
        // A consultant's offer ("Embedded Systems Consulting" at /services/, "Hire me" at /hire/) only at its own page's slug: a
        // post titled "Consulting" lives elsewhere (held-out review 108, F3).
        if (offer && !Titles.Contains(title))
            return ServiceSlugs.Contains(slug) ? $"a site page (\"{title}\" at {link.AbsolutePath}), not a story: the site's offer of its services, listed with its posts" : null;
        return Slugs.Contains(slug) || (link.AbsolutePath == "/" && link.Query.Length == 0 && IsFeedsOwnSite(article, link)) ? $"a site page (\"{title}\" at {link.AbsolutePath}), not a story: the feed lists the site's pages with its posts" : null;
    }

    /// <summary>
    /// A site's section or index page listed as an item: "News | Example Robotics" at /news/, "Blogs | ..." at /blog/, "Climate
    /// Tech News &amp; Articles" at /topic/climate-tech/, "News - Page 2 of 20 - Example" at /news/page/2/, the site's name alone at
    /// its root or its newsroom, "About Example Report" or "Example Report Enewsletter" at a page of that name, and an item whose
    /// title is an address (its aggregator found no headline). Only the length floor stopped them; with a longer blurb a topic
    /// page, its text the profile's own vocabulary, was chosen at rank 3 (held-out review 98, F1). Both signs again, the address
    /// and the title: a story titled "News: ..." lives under /news/&lt;slug&gt;/, and a post at /blog/ or /topic/x/ titled as a post
    /// is the aggregator's link to a story.
    /// </summary>
    private static string? ListingPage(Model.Article article, string title)
    {
        if (!Uri.TryCreate(article.Link, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https")) return null;
        if (AddressTitle().IsMatch(title))
            return $"an item titled with an address (\"{Words.Truncate(title, 60)}\"), not a story: the feed gives it no headline";
        var segments = link.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Uri.UnescapeDataString(s).ToLowerInvariant()).ToArray();
        if (segments.Any(s => Year().IsMatch(s))) return null;
        var site = SiteLabel(link);
        var parts = TitleSeparator().Split(title).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // "About Example Report", "Example Report Enewsletter": a standing page named with the site's name, at a page of its own
        // right under the root.
        var standing = parts.Where(p => IsStandingPage(p, site)).ToList();
        if (segments.Length is 1 or 2 && standing.Count == 1 && parts.All(p => standing.Contains(p) || IsSiteName(p, site)))
            return $"a site page (\"{title}\" at {link.AbsolutePath}), not a story: the feed lists the site's pages with its posts";
        var named = parts.Where(p => !IsSiteName(p, site)).ToList();
        // The root only of the feed's own site: a link blog's post that points to another site's home page under its name
        // ("Standard Ebooks") is the blogger's recommendation (hostile-input audit 40, H11). Another site's root in an aggregator
        // is left to its other signs and the length floor (held-out review 98, F1). The sections' tests read the last segment:
        // the root has none.
        var listingPath = (segments.Length == 0 && link.Query.Length == 0 && IsFeedsOwnSite(article, link))
                          || (segments.Length is 1 or 2 && ListingSections.Contains(segments[^1]))
                          || (segments.Length is 2 or 3 && TopicSections.Contains(segments[^2]))
                          || (segments.Length >= 2 && segments[^2] == "page" && segments[^1].All(char.IsAsciiDigit));
        // An address whose query or fragment names one item ("/blog/?p=4567", a changelog's "/updates#may-2025") is that item's,
        // not the section's: a WordPress post and a month's updates were dropped as section pages (review 48, R4). Read as
        // UrlCanonicalizer keys a story, so a tracking query or a "#comments" still leaves the section's own address.
        if (!listingPath || (UrlCanonicalizer.Canonicalize(article.Link) is { } key && (key.Contains('?', StringComparison.Ordinal) || key.Contains('#', StringComparison.Ordinal)))) return null;
        // The site's name alone (at its root or its newsroom), or a section's name beside it. Not a headline whose words are the
        // slug under a topic section: "Apple delays Siri updates" at /tag/apple-delays-siri-updates is a story filed there, a topic's
        // slug is its name of a word to three ("/tag/ai-news") (hostile-input audit 54, H5).
        if (segments.Length is 2 or 3 && TopicSections.Contains(segments[^2]) && segments[^1].Split('-').Length > MaxTopicSlugWords
            && named.Any(p => Slug(p) == segments[^1])) return null;
        return (named.Count == 0 && parts.Count > 0) || named.Any(p => ListingName().IsMatch(p))
            ? $"a site's section or index page (\"{Words.Truncate(title, 60)}\" at {link.AbsolutePath}), not a story: the feed lists the site's sections with its posts"
            : null;
    }

    /// <summary>The most words a topic's own slug has ("/tag/artificial-intelligence-news"); a longer one repeating the title is a story's.</summary>
    private const int MaxTopicSlugWords = 3;

    /// <summary>A title's words as a slug: lower case, letters and digits, apostrophes dropped ("Trump's war" -> "trumps-war").</summary>
    private static string Slug(string title)
    {
        var sb = new System.Text.StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (c is '\'' or '\u2019') continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().TrimEnd('-');
    }

    /// <summary>A site's name needs this many letters to be told from a word of the title.</summary>
    private const int MinSiteLetters = 4;

    /// <summary>
    /// The label that names a site: "bostondynamics" of bostondynamics.com, "ieee" of spectrum.ieee.org (the last label before
    /// the suffix; a subdomain's own label, "spectrum", is not read: review 48, R12). "IEEE Spectrum" still reads as the name
    /// (<see cref="IsSiteName"/>: the label and a word more).
    /// </summary>
    private static string SiteLabel(Uri link)
    {
        var labels = link.Host.ToLowerInvariant().Split('.').Where(l => l is not ("www" or "blog" or "news")).ToList();
        if (labels.Count > 1) labels.RemoveAt(labels.Count - 1);
        if (labels.Count > 1 && labels[^1].Length <= 3 && labels[^1] is "co" or "com" or "org" or "net" or "ac") labels.RemoveAt(labels.Count - 1);
        return labels.Count > 0 ? labels[^1] : "";
    }

    /// <summary>
    /// Whether a part of a title is the site's name: its letters are the site's label ("The Robot Report" of therobotreport.com),
    /// the label with a word or two more ("Unitree Robotics" of unitree.com, "IEEE Spectrum" of spectrum.ieee.org) or its first
    /// word ("Milrem" of milremrobotics.com).
    /// </summary>
    private static bool IsSiteName(string part, string site)
    {
        if (site.Length < MinSiteLetters) return false;
        var letters = Words.LettersAndDigits(part);
        return letters.Length >= MinSiteLetters && (letters == site || (letters.StartsWith(site, StringComparison.Ordinal) && Words.Count(part) <= 3)
                                                    || (site.StartsWith(letters, StringComparison.Ordinal) && letters.Length > MinSiteLetters));
    }

    /// <summary>Whether a part of a title is a standing page's word with the site's name: "About Example", "Example Enewsletter".</summary>
    private static bool IsStandingPage(string part, string site)
        => site.Length >= MinSiteLetters && Words.LettersAndDigits(part) is var letters && StandingWords.Any(w => letters == w + site || letters == site + w);


    /// <summary>A standing page's word beside the site's name: "About Example", "Example Enewsletter".</summary>
    private static readonly string[] StandingWords = ["about", "aboutus", "contact", "contactus", "newsletter", "enewsletter", "subscribe", "advertise", "advertisewith"];

    /// <summary>A site's listing of its posts: the section's last segment.</summary>
    private static readonly HashSet<string> ListingSections = new(
        ["news", "blog", "blogs", "press", "media", "newsroom", "pressroom", "press-releases", "articles", "updates", "stories", "insights", "announcements",
         "news-center", "newscenter", "latest", "all-news", "news-and-media", "press-and-media"],
        StringComparer.Ordinal);

    /// <summary>A site's listing of one topic's posts: the segment before the topic's name (/topic/energy/, /category/news/).</summary>
    private static readonly HashSet<string> TopicSections = new(["topic", "topics", "category", "categories", "tag", "tags", "section", "sections"], StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+[|\u2013\u2014-]\s+|:\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TitleSeparator();

    /// <summary>A title that is an address and nothing else.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^https?://\S+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AddressTitle();

    /// <summary>
    /// A section's name: a few words of its topic, then the listing's word ("News", "Blogs", "Energy News &amp; Articles", "News and
    /// Product Announcements", "News Center", "News &amp; Media", "Artificial Intelligence Updates").
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:latest|all|our|the)\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}?(?:news|blogs?|articles|updates|press(?:\s+releases)?|media|newsroom|stories|insights|announcements)(?:\s+(?:&|and)\s+(?:[\p{L}]+\s+){0,2}?(?:articles|media|events|updates|press|announcements|stories|insights|releases|blogs?))?(?:\s+(?:center|centre|room|hub|archive))?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ListingName();

    /// <summary>Whether an address is on the feed's own site (its home page's host or, without one, the feed's), as <see cref="UrlCanonicalizer.Site"/> names sites.</summary>
    private static bool IsFeedsOwnSite(Model.Article article, Uri link)
    {
        var home = article.FeedHome is { } h ? (h.Contains("://", StringComparison.Ordinal) ? h : "https://" + h) : article.FeedUrl;
        if (!Uri.TryCreate(home, UriKind.Absolute, out var site)) return false;
        var (a, b) = (UrlCanonicalizer.Site(site), UrlCanonicalizer.Site(link));
        // A blog's subdomain and its site's root are one site (blog.example.com's "About" at example.com).
        return a.Equals(b, StringComparison.OrdinalIgnoreCase) || a.EndsWith("." + b, StringComparison.OrdinalIgnoreCase) || b.EndsWith("." + a, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A person's profile page listed with the posts: a title that is only a name ("Nicholas Chang", "Kevin Evans") at a
    /// page right under a section of people (/host/thess/, /guest/kevin-evans/, /authors/jane-doe.html) over a text that
    /// opens as that person's biography ("Nicholas is a Senior Platform Engineer working at Kainos ..."). A Hugo site's host
    /// page led an issue on its job title's vocabulary (forty-third held-out review, F1). Both signs, since either alone is
    /// a story's too: an interview titled "Lisa Su" opens "Lisa Su is the chair and CEO of AMD", and a guest post or a news
    /// site's People section titles "Rust Ships Async Closures" (hostile-input audit 35, H2, H3).
    /// </summary>
    private static string? Profile(Model.Article article, string title)
    {
        var names = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length is < 2 or > 4 || !names.All(n => NameWord().IsMatch(n) && !Words.Function.Contains(n.ToLowerInvariant()))
            || names.Count(n => char.IsUpper(n[0])) < 2) return null;
        if (!Uri.TryCreate(article.Link, UriKind.Absolute, out var link) || link.Segments.Length is < 3 or > 4
            || !PeopleSections.Contains(link.Segments[^2].Trim('/'))) return null;
        var text = article.Text.TrimStart();
        var opening = text.StartsWith(title + " ", StringComparison.Ordinal) ? text[(title.Length + 1)..]
            : text.StartsWith(names[0] + " ", StringComparison.Ordinal) ? text[(names[0].Length + 1)..] : null;
        return opening is not null && BiographyOpening().IsMatch(opening)
            ? $"a person's profile page (\"{title}\" at {link.AbsolutePath}, a biography), not a story: the feed lists the site's people with its posts"
            : null;
    }

    /// <summary>
    /// A site's licence page: a short title over a text that opens (past a copyright line) with a software licence's own
    /// words. A Hugo site's "BSD license" page at /bsd/ was printed as a story, its preview the licence's first clause
    /// (forty-eighth held-out review, F3); its title and address name no page this class knew. A post about a licence
    /// opens with its own prose ("Redis is returning to the AGPL ..."), so the text's opening decides.
    /// </summary>
    private static string? LicenceText(Model.Article article, string title)
    {
        if (Words.Count(title) > MaxLicenceTitleWords) return null;
        var opening = article.Text.Length > 600 ? article.Text[..600] : article.Text;
        return LicenceOpening().Match(opening) is { Success: true } clause
            ? $"a site's licence page (\"{title}\" opens with \"{Words.Truncate(clause.Groups[1].Value, 60)}\"), not a story"
            : null;
    }

    private const int MaxLicenceTitleWords = 6;

    /// <summary>
    /// A community's standing notice posted on its forum as if it were a story: its rules ("Rules", "Read before posting"),
    /// a moderators' announcement ("[Mod] ..."), or a text of the moderators' housekeeping ("/r/java is not for programming
    /// help ... Such posts will be removed ... report the post"). A subreddit's pinned notice passed every rule and was
    /// stopped only by its age (held-out review 72, F6). Only on a forum, and by the title's name of the notice or by two of
    /// the housekeeping's signs in the text: a news story about a community's rules ("Reddit changes its rules for
    /// moderators") is a news site's, or a link post's with no such text, and a member's post that quotes one rule has one sign.
    /// </summary>
    private static string? CommunityNotice(Model.Article article, string title)
    {
        // The forum's own posts only: every item of a Hacker News, Lobsters or Reddit feed is a forum's post by its feed, and
        // a member's link to an essay titled "Read this before submitting ..." is a story (review of session 42, R4).
        if (!ForumPosts.IsOwnPost(article)) return null;
        // The forum's furniture and its notices about itself: the topic Discourse opens for each category ("About the
        // Documentation category", its text the template's "(Replace this first paragraph ...)"), and the forum's word that
        // it closes or moves ("... forum is discontinued", chosen at rank 7: held-out review 76, F6). The forum must be the
        // subject: a project's end of life told on its forum ("Carloop is Retired") is its news.
        if (CategoryTopic().Match(title) is { Success: true } category)
            return $"a forum's category description (\"{Words.Truncate(category.Value.Trim(), 60)}\", the topic its software opens for each category), not a story";
        if (ForumClosing().Match(title) is { Success: true } closing)
            return $"a forum's notice about itself (\"{Words.Truncate(closing.Value.Trim(), 60)}\"), not a story: the site's housekeeping";
        var opening = article.Text.Length > MaxNoticeRead ? article.Text[..MaxNoticeRead] : article.Text;
        var signs = Housekeeping().Matches(opening).Select(m => m.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // "Community announcement:" heads a Discourse's release news as often as its housekeeping ("Community announcement:
        // Fedora Linux 42 is released"): a notice only with one of the housekeeping's signs in the text (review of session 42, R4).
        if (NoticeTitle().Match(title) is { Success: true } name && (!name.Groups["announcement"].Success || signs.Count > 0))
            return $"a community's standing notice (\"{Words.Truncate(name.Value.Trim(), 60)}\"), not a story: the forum's rules and moderators' housekeeping";
        return signs.Count >= MinHousekeepingSigns
            ? $"a community's standing notice (\"{Words.Truncate(title, 60)}\" says \"{string.Join("\", \"", signs.Take(3))}\"), not a story: the forum's rules and moderators' housekeeping"
            : null;
    }

    private const int MaxNoticeRead = 2000;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W{0,3}about\s+the\s+\S[^\n]{0,60}?\s+category$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CategoryTopic();

    /// <summary>
    /// A title whose subject is the forum and whose verb closes, moves or suspends it: "... forum is discontinued", "The forum
    /// is moving to ...", "Forum maintenance on Sunday", "Closing this forum", "We're migrating the forum".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:forums?|(?:this|our|the)\s+(?:site|community\s+site))\s+(?:(?:is|are|will\s+be|has\s+been|have\s+been|to\s+be|being|now)\s+)?(?:discontinued|closing|closed|shutting\s+down|shut\s+down|moving|moved|migrat(?:ing|ed|ion)|read[-\s]only|archived|going\s+away|sunset(?:ting)?|(?:scheduled\s+)?maintenance|downtime|offline)\b|" +
        @"\b(?:closing|shutting\s+down|moving|migrating|archiving|sunsetting|discontinuing)\s+(?:the|this|our)\s+(?:forums?|community\s+site)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ForumClosing();

    /// <summary>Two signs: one is a member's post that quotes a rule.</summary>
    private const int MinHousekeepingSigns = 2;

    /// <summary>
    /// A title that names the notice: "Rules", "Subreddit rules", "Posting guidelines", "Read this before posting", "[Mod] ...",
    /// "Moderator announcement". "Read this before posting" is the whole title or its head before a colon ("Read this before
    /// posting: how to ask ..."): an essay's "Read this before submitting your app to App Store review" is a story's (review
    /// of session 42, R4).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W{0,3}(?:the\s+)?(?:(?:sub(?:reddit)?|community|forum|posting|house|our)\s+)?(?:rules|guidelines)(?:\s+(?:and|&)\s+(?:faq|guidelines|rules))?\W{0,3}$|" +
        @"^\W{0,3}(?:please\s+)?read\s+(?:this\s+|me\s+)?(?:first\s+)?before\s+(?:posting|you\s+post|submitting|asking)(?:\W{0,3}$|\s*[:|\u2013\u2014-])|^\W{0,3}\[(?:mods?|moderators?|mod\s+(?:post|announcement|note|notice)|meta)\]|" +
        @"^(?:mod(?:erator)?s?\s+(?:post|announcement|note|notice)|(?<announcement>community\s+announcement))\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NoticeTitle();

    /// <summary>
    /// The moderators' housekeeping: what the community is not for, where such posts belong instead, that they will be
    /// removed, and that members report them or read the rules.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:/?\br/\w+|\bthis\s+(?:sub(?:reddit)?|community|forum))\s+is\s+not\s+(?:a\s+place\s+|the\s+place\s+)?for\b|" +
        @"\bbelongs?\s+(?:in|on)\s+/?r/\w+|\b(?:do|does)\s+not\s+belong\s+here\b|\b(?:posts?|questions?|submissions?|threads?)\b[^.\n]{0,40}?\bwill\s+be\s+(?:removed|deleted|locked)\b|" +
        @"\breport\s+(?:the|this|such|these|those)\s+(?:post|comment|submission|thread)s?\b|\b(?:read|follow|review)\s+(?:the|our)\s+(?:sub(?:reddit)?['’]?s?\s+|community\s+|posting\s+)?rules\b|" +
        @"\bmessage\s+the\s+mod(?:erator)?s\b|\bmodmail\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Housekeeping();

    /// <summary>The first words of the common software licences' texts, after an optional title and copyright line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:the\s+)?(?:mit|bsd|isc|apache|\d-clause\s+bsd|bsd\s+\d-clause)[\w\s.,()-]{0,40}licen[cs]e\s*(?:\([^()\n]{0,20}\)\s*)?)?(?:copyright\s*(?:\(c\)|©)?[^\n]{0,120}?(?:all\s+rights\s+reserved\.?)?\s*)?" +
        @"(permission\s+is\s+hereby\s+granted,\s+free\s+of\s+charge|redistribution\s+and\s+use\s+in\s+source\s+and\s+binary\s+forms|permission\s+to\s+use,\s+copy,\s+modify|licensed\s+under\s+the\s+apache\s+license|apache\s+license\s+version\s+2\.0,\s+january\s+2004" +
        // The GPL's own header carries its date ("Version 3, 29 June 2007"); a licence's name alone opens news of it too ("GPLv3
        // turns 18": review of the later change, R6).
        @"|gnu\s+(?:lesser\s+|affero\s+)?general\s+public\s+license\s+version\s+\d(?:\.\d)?,\s+\d{1,2}\s+\p{L}+\s+\d{4}|this\s+program\s+is\s+free\s+software[:;,]?\s+you\s+can\s+redistribute)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LicenceOpening();

    /// <summary>Sections of a site that hold one page per person.</summary>
    private static readonly HashSet<string> PeopleSections = new(
        ["author", "authors", "people", "person", "team", "speaker", "speakers", "guest", "guests", "host", "hosts", "member", "members", "contributor",
         "contributors", "staff", "profile", "profiles", "bio", "bios", "presenter", "presenters", "instructor", "instructors", "our-team"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>One word of a person's name: "Nicholas", "O'Brien", "Jean-Luc", "J.", or a particle ("van", "de").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\p{Lu}[\p{Ll}]+(?:[-'’]\p{Lu}?\p{Ll}+)?|\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}\.|van|von|de|der|den|da|di|du|del|la|le|bin|al)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NameWord();

    /// <summary>
    /// What follows a person's name at the start of a biography: "is a Senior Platform Engineer", "(she/her) is the CTO of".
    /// In the present tense: "was the author and maintainer of Vim" opens an obituary (review of session 33, R5).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\([^()]{1,20}\)\s*)?,?\s*(?:is|works\s+as)\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){0,4}?(?:co-?founder|founder|CEO|CTO|CPO|COO|VP|engineer|developer|manager|student|professor|researcher|scientist|lecturer|director|maintainer|architect|consultant|advocate|evangelist|speaker|author|designer|analyst|lead|MVP|specialist|enthusiast|reporter|editor|writer|journalist|correspondent|columnist|contributor|producer|host|photographer|critic)\b|^(?:writes|reports)\s+(?:about|on)\b|^covers\s",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BiographyOpening();
}
