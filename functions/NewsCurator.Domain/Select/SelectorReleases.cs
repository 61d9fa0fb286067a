using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// One release per product in an issue, the newest: a changelog feed's v2.1.31, v2.1.32 and v2.1.33 (and a release
/// feed's 2.13.2, 2.13.3 and 2.14.0 Beta) were printed as six stories, the oldest first, their scores within a point
/// of each other (fourteenth held-out review, F1). Releases are one publisher's titles that differ only in a version
/// ("v2.1", "2.13.2"; <see cref="OtherIssue"/>): another publisher's news of a release is a story of its own, and
/// two titles that differ in an amount are two stories. Numbered issues of one series ("#203", "#205") are two stories
/// too, of which a newsletter takes the newest (<see cref="OtherIssueOfSeries"/>).
/// </summary>
public sealed partial class Selector
{
    // A version, not any decimal: "v2.1.31", "v1.4", "2.13.2" (three parts); not a magnitude ("M 4.6"), a share
    // price's move ("up 4.2%") or an amount ("$1.5 billion").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w$£€.])(?:v\d+(?:\.\d+)+|\d+\.\d+\.\d+)(?![\w.]*\s*%)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DottedVersion();

    /// <summary>Whether two titles of one publisher are two releases of one product.</summary>
    private static bool OtherRelease(string source, string title, HashSet<string> words, HashSet<string> numbers,
        string otherSource, string otherTitle, HashSet<string> otherWords, HashSet<string> otherNumbers)
        => OneSeries(DottedVersion(), source, title, words, numbers, otherSource, otherTitle, otherWords, otherNumbers);

    /// <summary>Whether two stories are two releases of one product from one publisher, as the walk's same_product test reads them.</summary>
    private bool OneProductsReleases(Article article, Article other)
    {
        var source = _publishers.Of(article);
        if (source != _publishers.Of(other)) return false;
        return (ReleaseProduct(article.Link) is { } product && product == ReleaseProduct(other.Link))
               || OtherRelease(source, article.Title, TitleWords(article.Title), TitleNumbers(article.Title), source, other.Title, TitleWords(other.Title), TitleNumbers(other.Title));
    }

    /// <summary>
    /// The product whose release or tag page a link is, or null: a code host's "/owner/repo/releases/tag/v8.0.0982" (GitHub,
    /// Gitea, Codeberg), GitLab's "/group/project/-/releases/v1.2" and "/-/tags/v1.2" (a registry's listing of a package never
    /// gets here: <see cref="Filter.PackageListings"/> drops it). A project that makes a release of every patch titles each with its change ("v8.0.0982:
    /// patch 8.0.0982: cannot use a terminal ..."), so no two titles were alike and three of one editor's patches took three
    /// of nine places (held-out review 82, F1). A monorepo's tag names its package before the version ("@scope/ui@3.0.0",
    /// "cli-v1.2.0"): each package is a product.
    /// </summary>
    internal static string? ReleaseProduct(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.ToLowerInvariant();
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (ReleasePage().Match(path) is { Success: true } page)
            return $"{host}/{page.Groups["repo"].Value.ToLowerInvariant()}/{TagPackage(page.Groups["tag"].Value)}";
        return null;
    }

    /// <summary>A tag's package, the words before its version ("@scope/ui" of "@scope/ui@3.0.0", "cli" of "cli-v1.2.0"); empty for a bare version or date.</summary>
    private static string TagPackage(string tag)
        => TagVersion().Match(tag) is { Success: true } m ? tag[..m.Index].TrimEnd('-', '_', '@', '/', '.').ToLowerInvariant() : tag.ToLowerInvariant();

    // "/owner/repo/releases/tag/<tag>", "/group/sub/project/-/releases/<tag>", "/group/project/-/tags/<tag>".
    [System.Text.RegularExpressions.GeneratedRegex(@"^/(?<repo>[^/]+/[^/]+)/releases/tag/(?<tag>.+?)/?$|^/(?<repo>[^/]+(?:/[^/]+)+?)/-/(?:releases|tags)/(?<tag>[^/]+)/?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReleasePage();

    // Where a tag's version starts: "v8.0.0982", "3.0.0", "2023-09-01" after its package's name and a separator, or at its
    // start, where a build's or a line's letter or two may open it ("b7303", "n7.1": review of session 44, R5).
    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z]{0,2}\d|(?<=[-_@/.])v?\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TagVersion();

    /// <summary>Whether two titles of one publisher, both marked so (a version, an issue's number), are one series' titles.</summary>
    private static bool OneSeries(System.Text.RegularExpressions.Regex marker, string source, string title, HashSet<string> words, HashSet<string> numbers,
        string otherSource, string otherTitle, HashSet<string> otherWords, HashSet<string> otherNumbers)
        => source == otherSource && marker.IsMatch(title) && marker.IsMatch(otherTitle) && SeriesTitles(words, numbers, otherWords, otherNumbers);

    /// <summary>
    /// Whether two titles of one publisher are two issues of one series, the same title but for its number ("AWS open
    /// source newsletter #205" and "#204"): one issue of a series per newsletter, the newest, as one release per product
    /// (forty-seventh held-out review, F5: three issues of one newsletter filled a quarter of a twelve-story issue).
    /// </summary>
    private static bool OtherIssueOfSeries(string source, string title, HashSet<string> words, HashSet<string> numbers,
        string otherSource, string otherTitle, HashSet<string> otherWords, HashSet<string> otherNumbers)
        => OneSeries(IssueNumber(), source, title, words, numbers, otherSource, otherTitle, otherWords, otherNumbers);

    /// <summary>
    /// An issue's number in its title: "#205", "No. 12", "Issue 590"; not a language's name ("C# 13", "F# 9") nor an
    /// episode's (a show's episodes are each their own discussion: review of session 34's later change, R1, R4). A weekly
    /// named "This Week in ..." numbers its issues bare or by date ("This Week in Rust 590", "This Week in Matrix 2025-05-01":
    /// three issues of each were printed, the oldest first; hostile-input audit 39, H6).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w+#])#\s*(?<n>\d{1,3}(?:,\d{3})+|\d+)\b|\bno\.\s*(?<n>\d+)\b|\b(?:issue|edition)\s+#?(?<n>\d+)\b" +
        @"|^this\s+week\s+in\s+\S+(?:\s+\S+)??[,:]?\s+(?:(?<n>\d{1,4})\b(?![.,\d-])|(?<n>\d{4})-\d{2}-\d{2}\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IssueNumber();

    /// <summary>
    /// An issue of a newsletter series read from its link or its text's first line, not its title: weeklies that title each issue
    /// with its subject line ("Channels that channel channels?") number it only in the link ("/issues/520", "/p/issue-42",
    /// "/newsletter/88") and in a dateline opening the text ("#520 — August 27, 2024"), so two issues of one weekly, one
    /// 18 months old, both went out (held-out review 101, F1 and F4). The series is the link's path with its number taken out
    /// (a dateline: the publisher's datelined issues), the number the issue's. Only an issue path at the site's root: a code
    /// host's "/owner/repo/issues/123" is a tracker's issue, each its own story, and an archive's long article ids are not issues.
    /// Null when neither says so.
    /// </summary>
    internal static (string Series, long Number)? LinkedIssue(string? link, string? text)
    {
        var dateline = text is null ? null : IssueDateline().Match(text) is { Success: true } line
            && long.TryParse(line.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var dated) ? dated : (long?)null;
        if (link is not null && Uri.TryCreate(link, UriKind.Absolute, out var uri) && IssuePath().Match(uri.AbsolutePath) is { Success: true } path
            && long.TryParse(path.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var number)
            // A root-level "/issues/812" is also a tracker's bug (Redmine's own form): there the text's dateline must say issue
            // too. A four-digit number from 1990 to 2099 in "/newsletter/2024" is a year (code review 49, R2).
            && (!path.Groups["kind"].Value.StartsWith("issue", StringComparison.OrdinalIgnoreCase) || dateline == number)
            && number is not (>= 1990 and < 2100))
            return ($"{uri.Host.ToLowerInvariant()}{uri.AbsolutePath[..path.Groups["n"].Index].ToLowerInvariant()}", number);
        return dateline is { } n ? ("dateline", n) : null;
    }

    // "/issues/520", "/issue-12", "/p/issue-42", "/newsletter/88", "/editions/7": a root-level issue page, its number short.
    // Not "/archives/1234": WordPress's built-in numeric permalinks give every post of a blog such a link (code review 49, R2).
    [System.Text.RegularExpressions.GeneratedRegex(@"^/(?:p/)?(?<kind>issues?|newsletters?|editions?)[/-](?<n>\d{1,4})/?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IssuePath();

    // A text opening on an issue's dateline: "#520 — August 27, 2024", "Issue 88 – 3 March 2025": a month's name, whole or
    // cut, before a number ("#42 - Decentralized identity ..." names no month: code review 49, R2).
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:#|issue\s+#?)(?<n>\d{1,4})\s*[—–-]\s*(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IssueDateline();

    /// <summary>Whether two stories of one publisher are two issues of one series by their links or datelines (<see cref="LinkedIssue"/>).</summary>
    private static bool OtherLinkedIssue(string source, (string Series, long Number)? issue, string otherSource, (string Series, long Number)? otherIssue)
        => source == otherSource && issue is { } a && otherIssue is { } b && a.Series == b.Series && a.Number != b.Number;

    /// <summary>A title's issue number (<see cref="IssueNumber"/>; "#1,000" is 1000), else 0: undated issues are ordered by it.</summary>
    private static long IssueNumberOf(string title)
        => IssueNumber().Match(title) is { Success: true } m
           && long.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>
    /// The ranking with each product's releases, and each series' issues, in their places newest first: the best-placed of
    /// them is the newest, which the walk then chooses, and the others fall to <see cref="OtherRelease"/> as older releases
    /// or to <see cref="OtherIssueOfSeries"/> as older issues.
    /// </summary>
    private static List<Ranked> NewestReleasesFirst(List<Ranked> ranking)
    {
        // Only titles with a version or an issue's number can be releases, their pre-releases or issues: the others' words and
        // numbers are not read here (the walk reads them).
        // A release page's link names its product whatever its title says (held-out review 82, F1).
        var products = ranking.Select(r => ReleaseProduct(r.Article.Link)).ToList();
        // An issue numbered in its link or dateline (LinkedIssue) is one of its series' issues whatever its title (held-out review 101, F1).
        var issues = ranking.Select(r => LinkedIssue(r.Article.Link, r.Article.Text)).ToList();
        var versioned = Enumerable.Range(0, ranking.Count).Where(i => products[i] is not null || issues[i] is not null || DottedVersion().IsMatch(ranking[i].Article.Title) || IssueNumber().IsMatch(ranking[i].Article.Title) || AnyVersion().IsMatch(ranking[i].Article.Title))
            .Select(i => (Index: i, Source: PublisherOf(ranking[i].Article), Words: TitleWords(ranking[i].Article.Title), Numbers: TitleNumbers(ranking[i].Article.Title),
                Testers: PreReleaseVersion(ranking[i].Article.Title), Released: ReleasedVersions(ranking[i].Article.Title), Product: products[i], Issue: issues[i]))
            .ToList();
        var grouped = new bool[versioned.Count];
        var result = ranking.ToList();
        for (var a = 0; a < versioned.Count; a++)
        {
            if (grouped[a]) continue;
            var (first, source, words, numbers, testers, released, product, issue) = versioned[a];
            var members = new List<int> { first };
            for (var b = a + 1; b < versioned.Count; b++)
                if (!grouped[b] && versioned[b].Source == source && ((product is not null && versioned[b].Product == product)
                        || OtherLinkedIssue(source, issue, versioned[b].Source, versioned[b].Issue)
                        || SeriesTitles(words, numbers, versioned[b].Words, versioned[b].Numbers)
                        || (testers is not null && versioned[b].Released.Contains(testers) && OfOneProduct(ranking[first].Article, ranking[versioned[b].Index].Article.Title, testers))
                        || (versioned[b].Testers is { } later && released.Contains(later) && OfOneProduct(ranking[versioned[b].Index].Article, ranking[first].Article.Title, later))))
                {
                    grouped[b] = true;
                    members.Add(versioned[b].Index);
                }
            if (members.Count < 2) continue;
            // A release before a pre-release (thirtieth held-out review, F2: OctoPrint's 1.11.0rc3 led the issue and its
            // stable security release 1.10.3 was dropped as older), then the highest version, then the latest date: a
            // maintenance release of an old line published after a new major one is not the product's news.
            // Issues by their dates, their numbers only where dates tie or are missing: a series numbered within a volume or a
            // year starts again ("Volume 24, Issue 1" after "Volume 23, Issue 6"; hostile-input audit 39, H4).
            // Issues known by their links: by date, then by the link's number (a subject line's version is no issue's order).
            var newestFirst = members.All(m => issues[m] is not null)
                ? members.OrderByDescending(m => ranking[m].Article.Published ?? DateTimeOffset.MinValue).ThenByDescending(m => issues[m]!.Value.Number).ToList()
                : members.OrderBy(m => PreRelease().IsMatch(ranking[m].Article.Title))
                .ThenByDescending(m => VersionOf(ranking[m].Article.Title))
                .ThenByDescending(m => ranking[m].Article.Published ?? DateTimeOffset.MinValue)
                .ThenByDescending(m => IssueNumberOf(ranking[m].Article.Title)).ToList();
            for (var k = 0; k < members.Count; k++) result[members[k]] = ranking[newestFirst[k]];
        }
        return result;
    }

    /// <summary>
    /// The version a title offers for testing ("Development update: 9.0-rc2 tagged" offers 9.0, "PostGIS 3.5.0rc1" 3.5), else
    /// null. Beside the publisher's release of that version it is no news: Ardour's rc2 notice led an issue, and its subject
    /// line, above "Ardour 9.0 released" (fifty-seventh held-out review, F2); their titles share no words to pair them by.
    /// </summary>
    internal static string? PreReleaseVersion(string title)
        => StageVersion().Match(title) is { Success: true } m ? Normalized(m.Groups["version"].Value) : null;

    /// <summary>The versions a title releases: its versions where it names no pre-release stage ("Ardour 9.0 released": 9.0).</summary>
    internal static HashSet<string> ReleasedVersions(string title)
        => PreRelease().IsMatch(title) || !title.Any(char.IsAsciiDigit) ? []
            : AnyVersion().Matches(title).Select(m => Normalized(m.Groups["version"].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a pre-release is of the product a release's title names (the word before its version: "Ardour" in "Ardour 9.0
    /// released"): its own title names that product too, or names none and its publisher is the product's own site or feed
    /// ("Development update: 9.0-rc2 tagged" on discourse.ardour.org). A news site's "Deno 2.0 RC" is no pre-release of its
    /// "Tauri 2.0 released", nor "Linux 6.12-rc4" of "KDE Frameworks 6.12" (review of session 37, R2; hostile-input audit 43, H1).
    /// </summary>
    private static bool OfOneProduct(Article preRelease, string releaseTitle, string version)
    {
        var product = AnyVersion().Matches(releaseTitle).Where(m => Normalized(m.Groups["version"].Value) == version)
            .Select(m => NameBeforeVersion().Match(Before(releaseTitle, m.Index)) is { Success: true } w ? w.Groups["word"].Value : null).FirstOrDefault(w => w is not null);
        if (product is null) return false;
        if (Words.ContainsWhole(preRelease.Title.ToLowerInvariant(), product.ToLowerInvariant())) return true;
        var stage = StageVersion().Match(preRelease.Title);
        var namesAnother = stage.Success && NameBeforeVersion().IsMatch(Before(preRelease.Title, stage.Index));
        var publisher = $"{preRelease.FeedTitle} {preRelease.FeedHome} {preRelease.FeedUrl}".ToLowerInvariant();
        return !namesAnother && product.Length >= 3 && publisher.Contains(product.ToLowerInvariant(), StringComparison.Ordinal);
    }

    /// <summary>The few words before a position: a product's name, read without scanning a long title from its start.</summary>
    private static string Before(string title, int at) => title[Math.Max(0, at - 60)..at];

    // The name right before a version: "Ardour" in "Ardour 9.0", "Frameworks" in "KDE Frameworks 6.12"; not a word of a sentence
    // ("update: 9.0-rc2", "Release 9.0").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<word>\p{Lu}[\p{L}\d.+#-]*|[\p{Ll}][\p{L}\d]*[\p{Lu}\d][\p{L}\d]*)\s+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NameBeforeVersion();

    /// <summary>A version without its trailing zero parts, so "9.0", "9.0.0" and "v9" meet as "9".</summary>
    private static string Normalized(string version)
    {
        var parts = version.TrimStart('v', 'V').Split('.').ToList();
        while (parts.Count > 1 && parts[^1].All(c => c == '0')) parts.RemoveAt(parts.Count - 1);
        return string.Join('.', parts);
    }

    // A version followed by a stage: "9.0-rc2", "3.5.0rc1", "2.0 beta 3", "v4.1-preview", "4.0.0.dev1".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.$£€])(?<version>v?\d+(?:\.\d+)+)(?:[-.]?(?:rc|alpha|beta|pre|dev)\.?\d*\b|[-. ](?:rc|alpha|beta|preview|pre-release|prerelease|nightly|canary|snapshot)\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StageVersion();

    // A version of two parts or more, whole: not a share's move ("4.2%"), an amount ("$1.5") or part of a longer number.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.$£€])(?<version>v?\d+(?:\.\d+)+)(?![\w%]|\.\d)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AnyVersion();

    // "1.11.0rc3", "2.0.0-beta.1", "v3.2 Preview 2", "4.0.0.dev1", "Nightly": a version for testers, not a release. A
    // development build written apart from its version is one only with its number ("Godot 4.3 dev 6", not "3.12 dev tools"):
    // read as a release, an older line's dev snapshot took the place of the product's newest pre-release (held-out review 96, F7).
    [System.Text.RegularExpressions.GeneratedRegex(@"\d(?:[-.]?(?:rc|alpha|beta|pre|dev|a|b)\.?\d*\b|[-. ](?:rc|alpha|beta|preview|pre-release|prerelease|nightly|canary|snapshot)\b|[-. ]dev[-. ]?\d+\b)|\b(?:release candidate|nightly|canary)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PreRelease();

    /// <summary>
    /// The product two pre-release notices of one publisher share ("Android Studio"), or null: both titles open with a name
    /// before a stage word ("Android Studio Flamingo Canary 9 now available", "Android Studio Electric Eel RC1 now availabe"),
    /// and the names are the same or, numbered builds both, share their first <see cref="MinSeriesNameWords"/> words or more, a codename after them.
    /// Those two took two of five places: without versions to compare, and with codenames that differ, neither release test
    /// paired them (held-out review 71, F3). Two products in beta ("Gemini CLI beta", "Android Studio Beta") share no name.
    /// </summary>
    internal static string? PreReleaseSeries(string title, string otherTitle)
    {
        if (StageTitle().Match(title) is not { Success: true } a || StageTitle().Match(otherTitle) is not { Success: true } b) return null;
        var (one, other) = (a.Groups["product"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), b.Groups["product"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var shared = one.Zip(other).TakeWhile(p => string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase)).Count();
        var sameName = shared > 0 && shared == one.Length && shared == other.Length;
        // Names that part after their first words are one product's codenames only as numbered test builds ("Flamingo Canary 9",
        // "Electric Eel RC1"): a platform's products share its words too ("Visual Studio Code Insiders" beside "Visual Studio
        // 2022 Preview", "Azure AI Search preview" beside "Azure AI Foundry preview": review of session 41, R2).
        // Two numbered builds at one stage ("Azure AI Foundry Preview 2", "Azure AI Search Preview 3") or a name that parts on
        // a version ("Visual Studio 2022 17.14 Preview 3", "Visual Studio Code Insiders 2") are two products still: a product
        // runs one codename a channel, and a codename is words (hostile-input audit 50, H10).
        var codenames = shared >= MinSeriesNameWords && a.Groups["build"].Success && b.Groups["build"].Success
                        && IsCodename(one[shared..]) && IsCodename(other[shared..]) && !SameStage(a.Groups["stage"].Value, b.Groups["stage"].Value)
                        // One capitalised word past a platform's words is a product's name as often as a codename ("Google Cloud
                        // Run Preview 2" beside "Google Cloud SQL Beta 3"): a pair is codenames only on evidence, a codename of
                        // words ("Electric Eel") or two stages of one train, one after the other ("Hedgehog Canary 2" beside
                        // "Giraffe Beta 3"): review of session 42, R6.
                        && (one.Length - shared > 1 || other.Length - shared > 1 || OneTrain(a.Groups["stage"].Value, b.Groups["stage"].Value));
        return sameName || codenames ? string.Join(' ', one.Take(shared)) : null;
    }

    /// <summary>A product's test channels in the order a build passes them: canary, then dev, then beta, then rc.</summary>
    private static readonly string[] Train = ["canary", "dev", "beta", "rc"];

    /// <summary>Whether two stage words are two steps of one release train (<see cref="Train"/>); "preview" and "insider" are no step of it.</summary>
    private static bool OneTrain(string stage, string other)
        => Array.IndexOf(Train, stage.ToLowerInvariant()) is var one and >= 0 && Array.IndexOf(Train, other.ToLowerInvariant()) is var two and >= 0 && one != two;

    /// <summary>Whether the words a name has past a shared prefix are a codename ("Flamingo", "Electric Eel"): words of letters, no version.</summary>
    private static bool IsCodename(string[] words) => words.Length > 0 && words.All(w => w.All(char.IsLetter));

    /// <summary>Whether two stage words name one channel: "Insider" and "Insiders", "preview" and "Preview".</summary>
    private static bool SameStage(string stage, string other)
        => string.Equals(stage.TrimEnd('s', 'S'), other.TrimEnd('s', 'S'), StringComparison.OrdinalIgnoreCase);

    /// <summary>How many leading words two pre-releases' names must share, where they differ after (a codename), to be one product's.</summary>
    private const int MinSeriesNameWords = 2;

    // A title that opens with a name, up to five capitalised words or versions, then a stage word, its number maybe written on,
    // and the title ends or says it is out: "Android Studio Electric Eel RC1 now available", "Chrome Beta for Android Update",
    // "Windows 11 Insider Preview Build 26100"; not an event's name ("Google Dev Summit recap").
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<product>(?:[\p{Lu}\d][\p{L}\d.+#-]*\s+){1,5}?)(?<stage>(?i:canary|dev|beta|rc|preview|insiders?|nightly))(?<build>\s*\d+)?" +
        @"(?:\s*$|\s*[:|(,\u2013\u2014-]|\s+(?i:now|available|released|is|build|update|channel|for|release|preview)\b)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StageTitle();

    /// <summary>A title's first version as a comparable version ("v2.1.33" is 2.1.33), else 0.0.</summary>
    private static Version VersionOf(string title)
        => DottedVersion().Match(title) is { Success: true } m
           && Version.TryParse(string.Join('.', m.Value.TrimStart('v', 'V').Split('.').Take(4)), out var version) ? version : new Version(0, 0);
}
