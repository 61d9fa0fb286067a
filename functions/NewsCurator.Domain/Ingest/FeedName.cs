namespace NewsCurator.Ingest;

/// <summary>
/// The name a feed's stories are credited to: the operator's title for it, else the feed's own. A site generator's
/// taxonomy feed names its term before the site ("language-model on Lil'Log", "nlp on Lil'Log": Hugo's default for
/// /tags/TERM/index.xml); readers saw "Read at nlp on Lil'Log" (sixth held-out review, F12). Where the feed's address
/// or its home link names that term under a taxonomy (/tags/, /categories/, ...), the story is the site's.
/// </summary>
public static partial class FeedName
{
    private static readonly HashSet<string> Taxonomies = new(["tags", "tag", "categories", "category", "series", "topics", "topic"], StringComparer.OrdinalIgnoreCase);

    /// <param name="addresses">The feed's URL and its home link (a local copy's file: URL names no term; its home link does).</param>
    public static string? Of(string? operatorTitle, string? feedTitle, params string?[] addresses)
        => HeaderText.SingleLineOrNull(Readable(operatorTitle) ?? WithoutTagline(WithoutTaxonomyTerm(Readable(feedTitle), addresses), addresses), HeaderText.MaxNameLength);

    /// <summary>
    /// A title (the operator's or the feed's own) as a name, or null where it is none (eleventh held-out review, F8).
    /// A shell prompt ("~$ cd /Home/ https://x.github.io/site/", "$ whoami", "user@host:~$") names nothing: a theme's
    /// placeholder, printed as "Read at ~$ cd /Home/ ..." and kept in analytics as the feed's name. A web address in a
    /// title is no part of the name either: mail clients turn it into a link the story's own never was (the reason
    /// SummaryChecker keeps bare URLs out of summaries), so it goes, with the brackets or separator that held it
    /// ("Jane's blog (https://jane.dev)" as "Jane's blog"). Where no word is left, the title counts as an empty one:
    /// an outline titled with its feed's address gives way to the feed's own title, and a feed's own title to the
    /// site of its home link ("0xyc0d0ne.github.io", <see cref="Newsletter.NewsletterRenderer.SourceName"/>). A bare
    /// domain ("ninoseki.github.io") is a site's name as its readers know it, and stays.
    /// </summary>
    internal static string? Readable(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        // A name is short (HeaderText.MaxNameLength): past its start, a hostile title's megabyte is not read.
        var head = Words.Truncate(title, 4 * HeaderText.MaxNameLength);
        if (ShellPrompt().IsMatch(head)) return null;
        if (!WebAddress().IsMatch(head)) return title;
        var rest = WebAddress().Replace(head, " ");
        rest = EmptyBrackets().Replace(rest, " ").TrimStart(LeadingMarks).TrimEnd(DanglingMarks);
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Real words left: two letters or more outside paths ("/Home/" and "~/site" are a command's, not a name's).
        return words.Where(word => word[0] is not ('/' or '~')).Sum(word => word.Count(char.IsLetter)) >= 2 ? string.Join(' ', words) : null;
    }

    /// <summary>An address a mail client would make a link of, to its end: any scheme's "//" or "www." (SummaryChecker.HasBareUrl only asks whether a text has an http(s) one).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w@])(?:[a-z][a-z0-9+.-]{1,15}://|www\.)[^\s<>""'()\[\]]*",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WebAddress();

    /// <summary>
    /// A title that opens with a shell prompt: "$ " or "> " (after an optional "~" path, "~$"), or "user@host:path$"
    /// / "#" (a root prompt). A "$" before a digit ("$5 deals") is a price, not a prompt.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s*[$#]|~[^\s$>]*\s*[$>]|[$>])(?=\s|$)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ShellPrompt();

    /// <summary>Brackets an address stood in, now empty: "()", "[ ]", "<>".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[(\[<]\s*[)\]>]")]
    private static partial System.Text.RegularExpressions.Regex EmptyBrackets();

    /// <summary>Separators and punctuation an address leaves at the title's ends ("Jane's blog - ", "at: ", " | Home").</summary>
    /// <remarks>A full stop goes only at the start: at the end it may be the name's own ("Acme Inc.").</remarks>
    private static readonly char[] DanglingMarks = [' ', '\t', '-', '–', '—', '|', ':', ';', ',', '»', '·', '/', '@'];

    private static readonly char[] LeadingMarks = [.. DanglingMarks, '.'];

    /// <summary>
    /// "MacRumors: Mac News and Rumors - Front Page" as "MacRumors" (seventh held-out review, F9): a title whose first
    /// part, before ": ", " - ", " | " or " » ", is the site's name as its address spells it (macrumors.com, arstechnica.com
    /// for "Ars Technica - All content") followed by a tagline or the whole site's feed ("All Posts", "Front Page",
    /// "News and Rumors"). A first part the address does not spell ("Hacker News: Front Page" on news.ycombinator.com)
    /// stays with the rest, and so does a section ("Ars Technica - Science": the site's other feeds are told apart by it).
    /// </summary>
    private static string? WithoutTagline(string? title, string?[] addresses)
    {
        if (title is null) return null;
        if (WithoutVariantLabel(title) is { } credited) return credited;
        if (WithoutDescriptiveTagline(title) is { } named) return named;
        var cut = TaglineSeparators.Select(separator => title.IndexOf(separator, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        if (cut <= 0) return title;
        var name = title[..cut].Trim();
        // Only a tagline or the whole site's feed goes: "Ars Technica - Science" names one section among the site's feeds.
        if (!TaglineWords().IsMatch(title[cut..])) return title;
        var spelled = Spelled(name);
        if (spelled.Length < 3) return title;
        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0) continue;
            var labels = Filter.UrlCanonicalizer.Site(uri).Split('.');
            if (labels.Length >= 2 && labels[..^1].Any(label => string.Equals(label.Replace("-", ""), spelled, StringComparison.Ordinal))) return name;
        }
        return title;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:all|front page|home ?page|latest|news|rss|feed|everything|posts|articles|stories|headlines|updates|content)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TaglineWords();

    private static readonly string[] TaglineSeparators = [": ", " - ", " – ", " — ", " | ", " » "];

    /// <summary>The separators a site title puts before its slogan (": " more often joins parts of a name: "Rust: the book").</summary>
    private static readonly string[] SloganSeparators = [" - ", " – ", " — ", " | "];

    /// <summary>
    /// "Beachgeek blog - a refuge for pineapple on pizza lovers" as "Beachgeek blog" (ninth held-out review): whatever
    /// the address, a part after " - ", " – ", " — " or " | " that reads as a descriptive phrase is the site's slogan,
    /// not its name: it opens with a lower-case article or determiner ("a refuge for ...", "the home of ...", "your
    /// daily ..."), or it is three or more words, each in lower case ("thoughts on programming and life"). A name
    /// after a dash is capitalised ("Hacker News - Best", "Dev - Community", "Ars Technica - Science") or spelled
    /// with a capital inside ("iOS development"), and stays. Null where the title has no such slogan.
    /// </summary>
    private static string? WithoutDescriptiveTagline(string title)
    {
        foreach (var cut in SloganSeparators.Select(separator => (At: title.IndexOf(separator, StringComparison.Ordinal), separator.Length))
                     .Where(c => c.At > 0).OrderBy(c => c.At))
        {
            var name = title[..cut.At].Trim();
            var words = title[(cut.At + cut.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (Spelled(name).Length < 2 || words.Length < 2) continue;
            var phrase = PhraseOpeners.Contains(words[0])
                         || (words.Length >= 3 && words.All(w => w.Any(char.IsLetter) && !w.Any(char.IsUpper) && char.IsLower(w.First(char.IsLetter))));
            if (phrase) return name;
        }
        return null;
    }

    /// <summary>
    /// "CTIPilot · Per item" as "CTIPilot", "Agent Branches — Daily journal" as "Agent Branches" (twelfth held-out review,
    /// F6): a part after the last separator made only of words that name a feed's variant or format (per item, daily,
    /// weekly, journal, all posts, RSS, Atom, updates, comments...) tells a subscriber's feeds apart, not who published
    /// them, whatever the address. A note in brackets after it ("Daily (Swiss threat intelligence)") says what the variant
    /// holds. A part with any other word stays: a section ("Ars Technica - Science", "Hacker News - Best") or a name
    /// ("Rust Blog — The Rust Programming Language"). Null where the title has no such label.
    /// </summary>
    private static string? WithoutVariantLabel(string title)
    {
        string? name = null;
        // "Name — Daily journal | RSS": each label goes, the last first.
        for (var labels = 0; labels < 3; labels++)
        {
            var rest = name ?? title;
            var cut = VariantSeparators.Select(separator => (At: rest.LastIndexOf(separator, StringComparison.Ordinal), separator.Length))
                .Where(c => c.At > 0).DefaultIfEmpty((At: -1, Length: 0)).MaxBy(c => c.At);
            if (cut.At <= 0) break;
            var label = rest[(cut.At + cut.Length)..].Trim();
            if (label.EndsWith(')') && label.IndexOf('(') is > 0 and var note) label = label[..note];
            var words = label.Split([' ', '-', '/', ','], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > MaxVariantWords || !words.All(VariantWords.Contains)) break;
            var head = rest[..cut.At].Trim();
            if (Spelled(head).Length < 2) break;
            name = head;
        }
        return name;
    }

    private static readonly string[] VariantSeparators = [" · ", " • ", " — ", " – ", " - ", " | ", " » ", ": ", " :: "];

    /// <summary>A variant's label is short ("All posts", "Per item", "Daily journal"); longer, it is a tagline or a title.</summary>
    private const int MaxVariantWords = 3;

    /// <summary>Words that name which of a site's feeds this is, or its format, and nothing about who writes it.</summary>
    private static readonly HashSet<string> VariantWords = new(
        ["per", "item", "items", "entry", "entries", "post", "posts", "article", "articles", "all", "full", "text", "daily",
         "weekly", "monthly", "journal", "digest", "feed", "feeds", "rss", "atom", "json", "xml", "updates", "blog", "comments", "latest"],
        StringComparer.OrdinalIgnoreCase);

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    /// <summary>
    /// The titles Hugo gives a site's home page and its main post sections ("Home on Beachgeek blog - ...", "Posts on
    /// X", "Blog on X": "{{ .Title }} on {{ .Site.Title }}"), which name no part of the site a reader would tell apart:
    /// readers saw "Home on Beachgeek blog" (ninth held-out review). Only these exact capitalised words: "Notes on Rust"
    /// or "Thoughts on Swift" is a title, and a real section ("Rust on Example Blog") keeps its name unless the address
    /// shows it is a taxonomy term.
    /// </summary>
    private static readonly HashSet<string> HomeSections = new(["Home", "Posts", "Blog"], StringComparer.Ordinal);

    /// <summary>Words that open a phrase, not a site's name ("Home on the Range" is a title, not the home of "the Range").</summary>
    private static readonly HashSet<string> PhraseOpeners = new(["a", "an", "the", "your", "my", "our", "all", "where", "what", "how", "for", "by", "from", "just", "some", "one", "every"], StringComparer.Ordinal);

    private static string? WithoutTaxonomyTerm(string? title, string?[] addresses)
    {
        var on = title?.IndexOf(" on ", StringComparison.Ordinal) ?? -1;
        if (on <= 0 || on + 4 >= title!.Length) return title;
        var site = title[(on + 4)..].Trim();
        if (HomeSections.Contains(title[..on]) && site.Length > 0 && !PhraseOpeners.Contains(FirstWord(site))) return site;
        var term = Slug(title[..on]);
        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) continue;
            var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < segments.Length; i++)
                if (Taxonomies.Contains(segments[i]) && string.Equals(Slug(Uri.UnescapeDataString(segments[i + 1])), term, StringComparison.Ordinal))
                    return site;
        }
        return title;
    }

    /// <summary>A name's letters and digits in lower case, as an address or a title prefix may spell it: "dAIly — Daily AI Digest" as "dailydailyaidigest".</summary>
    internal static string Spelled(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>How a generator writes a term in an address: lower case, blanks as hyphens.</summary>
    private static string Slug(string term) => string.Join('-', term.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
