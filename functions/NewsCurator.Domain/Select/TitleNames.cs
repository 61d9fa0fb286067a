namespace NewsCurator.Select;

/// <summary>
/// How many of one run's titles use each word, and the rare words two titles share: the names of an event ("SonicWall",
/// "SMA", "100") rather than a topic's common words. A word is rare where at most <see cref="MinRare"/> titles, or
/// <see cref="RareShare"/> of them in a larger run, use it, counted without the titles of the one of the two stories'
/// feeds that uses it most (<see cref="IsRare"/>).
/// </summary>
internal sealed partial class TitleNames
{
    private const int MinRare = 5;
    private const double RareShare = 0.02;

    /// <summary>Words counted at most: a run of a million items keeps its tally bounded (new words past it count as rare).</summary>
    private const int MaxWords = 200_000;

    private readonly Dictionary<string, int> _titlesUsing = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Feed, string Word), int> _feedTitlesUsing = [];
    private readonly Dictionary<string, int> _feedTitles = new(StringComparer.Ordinal);
    private int _titles;

    public void Add(string title, string feed)
    {
        _titles++;
        _feedTitles[feed] = _feedTitles.GetValueOrDefault(feed) + 1;
        foreach (var word in Names(title))
        {
            if (_titlesUsing.ContainsKey(word) || _titlesUsing.Count < MaxWords) _titlesUsing[word] = _titlesUsing.GetValueOrDefault(word) + 1;
            if (_feedTitlesUsing.ContainsKey((feed, word)) || _feedTitlesUsing.Count < MaxWords) _feedTitlesUsing[(feed, word)] = _feedTitlesUsing.GetValueOrDefault((feed, word)) + 1;
        }
    }

    /// <summary>The rare words both titles (of their feeds) use, as the first writes them ("SonicWall").</summary>
    public List<string> Shared(string a, string feedA, string b, string feedB)
    {
        var other = Names(b);
        return Names(a).Where(w => other.Contains(w) && IsRare(w, feedA, feedB)).Select(w => AsWritten(a, w)).ToList();
    }

    /// <summary>
    /// Whether a word is rare among the titles of other feeds than the one of the two stories' own that uses it most: a site
    /// about one company names it all day, and that made "Apple" common beside 9to5Mac, so Apple Maps' ads from 9to5Mac and
    /// from TechCrunch shared one rare name, "Maps", and were printed twice (held-out review 68, F2). Other feeds' titles
    /// still make a word common: a run where many feeds name "Microsoft" keeps it a topic's word.
    /// </summary>
    /// <remarks>
    /// One feed is left out, not both, and the limit's share is of the titles counted: two sites of one beat (9to5Mac and
    /// MacRumors, two Kubernetes blogs) left out together made their subject "Apple", "iPhone" rare for every pair of their
    /// stories, the two names of one event (review of session 40b, R3). One feed cannot make a word common on its own; two can.
    /// </remarks>
    private bool IsRare(string word, string feedA, string feedB)
    {
        var own = _feedTitlesUsing.GetValueOrDefault((feedA, word)) >= _feedTitlesUsing.GetValueOrDefault((feedB, word)) ? feedA : feedB;
        var uses = _titlesUsing.GetValueOrDefault(word) - _feedTitlesUsing.GetValueOrDefault((own, word));
        return uses <= Math.Max(MinRare, (int)(RareShare * (_titles - _feedTitles.GetValueOrDefault(own))));
    }

    /// <summary>
    /// Whether two stories of one publisher (its feeds <paramref name="feedA"/> and <paramref name="feedB"/>, titled
    /// <paramref name="publisher"/>) are two announcements: their headlines share no name but the publisher's own (a word
    /// of its feed's title, or one more than half its titles use: "AMD"), and each names one ("OpenAI", "HPE") that the
    /// other's headline and text never use. One company's releases about one product line embed close whatever the news,
    /// and its partnership with OpenAI was charged as near its collaboration with HPE (cosine 0.76) and lost the spare
    /// place past the cap (held-out review 109, F7). One event's follow-up names its subject again and stays near.
    /// </summary>
    public bool DifferentAnnouncements(string a, string textA, string feedA, string b, string textB, string feedB, string publisher)
    {
        var own = Cleaned(HeadlineWords(publisher)).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        bool Publishers(string word) => own.Contains(word) || Common(word, feedA) || Common(word, feedB);
        var (namesA, namesB) = (Named(a, textA), Named(b, textB));
        if (namesA.Count == 0 || namesB.Count == 0 || namesA.Any(namesB.Contains)) return false;
        var (wordsA, wordsB) = (Names(a), Names(b));
        return namesA.Any(w => !wordsB.Contains(w) && WholeUses(textB, w).Count == 0) && namesB.Any(w => !wordsA.Contains(w) && WholeUses(textA, w).Count == 0);

        // A headline's names past the publisher's own; in title case, a capitalised word its own text never writes in lower case.
        HashSet<string> Named(string title, string text)
        {
            var words = Cleaned(HeadlineWords(title));
            var titleCase = InTitleCase(words);
            return Names(title).Where(w => !Publishers(w) && (!titleCase || AsWritten(title, w) is var written && (written.Skip(1).Any(char.IsUpper) || written.Any(char.IsDigit)
                                                                                                                   || !WritesInLowerCase(written, text) && !Qualifiers.Contains(w))))
                .ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Whether more than half of a feed's titles, three or more, use a name: the publisher's own word.</summary>
    private bool Common(string word, string feed)
        => _feedTitles.GetValueOrDefault(feed) is var titles and >= 3 && 2 * _feedTitlesUsing.GetValueOrDefault((feed, word)) > titles;

    private static string AsWritten(string title, string word)
    {
        var at = title.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? title.Substring(at, word.Length) : word;
    }

    /// <summary>
    /// Whether two titles are about different subjects: each opens on a name (its first word with a capital or a digit,
    /// past a label such as "BREAKING:") the other never uses. "Intel Q3 2026 revenue hits record on AI chip demand" and
    /// "AMD Q3 2026 ...", "Debian 13 released with Linux 6.12 and GNOME 48" and "Fedora 43 ...", "Microsoft Fixes Actively
    /// Exploited Windows Zero-Day" and "Adobe Fixes ...": a headline's template shared by two companies' news, merged as one
    /// story on their shared words (hostile-input audit 34, H2, H3). One event's tellings name its subject in both
    /// ("SonicWall urges admins ..." and "Critical SMA 100 flaw patched by SonicWall").
    /// </summary>
    /// <remarks>
    /// A headline's first word is capitalised whatever it is, and so is a sentence's: a subject is a name by its form (a
    /// capital or a digit inside: "iPhone", "AMD", "S26") or where its own story's text writes it with a capital inside its
    /// sentences, and never in lower case ("... said Intel data-centre chips sold out"). "Hackers exploit ..." and
    /// "Attackers exploit ..." open on words their texts use only to open a sentence, and stay one event (review of
    /// session 33, R1). An all-capitals title shows no form, and its words need the text.
    /// </remarks>
    /// <remarks>
    /// Neither story's text may name the other's subject: "CrowdStrike's faulty Falcon update ..." and "Delta grounds
    /// flights ..." tell one event, and Delta's text names CrowdStrike (hostile-input audit 35, H5); two companies' news
    /// in headlines of their own ("Intel to cut 15% of its staff ...", "Cisco lays off 7% ...") never name each other (review
    /// of session 33's later change, R5). A label the two share word for word ("Security:") is no subject, whatever its
    /// words (H6).
    /// </remarks>
    public static bool DifferentSubjects(string a, string textA, string b, string textB)
    {
        var (rawA, rawB) = (HeadlineWords(a), HeadlineWords(b));
        var (labelA, labelB) = (LabelEnd(rawA), LabelEnd(rawB));
        var sharedLabel = labelA >= 0 && labelB >= 0
                          && string.Join(' ', rawA[..(labelA + 1)]).Equals(string.Join(' ', rawB[..(labelB + 1)]), StringComparison.OrdinalIgnoreCase);
        var (subjectA, wordsA) = SubjectAndWords(rawA, labelA, sharedLabel);
        var (subjectB, wordsB) = SubjectAndWords(rawB, labelB, sharedLabel);
        return subjectA is not null && subjectB is not null && !subjectA.Equals(subjectB, StringComparison.OrdinalIgnoreCase)
               && !wordsB.Contains(subjectA.ToLowerInvariant()) && !wordsA.Contains(subjectB.ToLowerInvariant())
               && WholeUses(textB, subjectA).Count == 0 && WholeUses(textA, subjectB).Count == 0
               && IsName(subjectA, a, textA) && IsName(subjectB, b, textB);
    }

    private static string[] HeadlineWords(string title) => title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Whether two headlines name two packages, each at its version: "hplip 3.20.3-2 update requires manual intervention" and
    /// "zn_poly 0.9.2-2 update requires manual intervention" are two breakages and two commands to run, merged as one story
    /// on the notice's template (held-out review 100, F2). A package manager's news writes the name in lower case as its
    /// texts do, so no capital makes it a name (<see cref="DifferentSubjects"/>); the version beside it does. Every pair of
    /// one headline differs from every pair of the other in its name and its version, and neither story names the other's
    /// package. A corrected re-post ("foo 1.2-1 ..." then "foo 1.2-2 ...") names one package and stays one story.
    /// </summary>
    public static bool DifferentPackages(string a, string textA, string b, string textB)
    {
        var (pairsA, pairsB) = (Versioned(a), Versioned(b));
        if (pairsA.Count == 0 || pairsB.Count == 0) return false;
        var wordsA = Cleaned(HeadlineWords(a)).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var wordsB = Cleaned(HeadlineWords(b)).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return pairsA.All(p => pairsB.All(q => !p.Name.Equals(q.Name, StringComparison.OrdinalIgnoreCase) && !p.Version.Equals(q.Version, StringComparison.OrdinalIgnoreCase)))
               && pairsA.All(p => !wordsB.Contains(p.Name.ToLowerInvariant()) && WholeUses(textB, p.Name).Count == 0)
               && pairsB.All(q => !wordsA.Contains(q.Name.ToLowerInvariant()) && WholeUses(textA, q.Name).Count == 0);
    }

    /// <summary>A headline's names with their versions: "hplip 3.20.3-2", "firewalld>=0.8.1-2", "openssh 8.2p1" (a version has a dot).</summary>
    private static List<(string Name, string Version)> Versioned(string title)
    {
        var words = HeadlineWords(title.Length > MaxTitleRead ? title[..MaxTitleRead] : title).Select(w => w.Trim(VersionEdge)).ToArray();
        var pairs = new List<(string, string)>();
        for (var i = 0; i < words.Length; i++)
            if (JoinedVersion().Match(words[i]) is { Success: true } joined) AddPair(joined.Groups["name"].Value, joined.Groups["version"].Value);
            else if (i + 1 < words.Length && PackageName().IsMatch(words[i]) && VersionString().IsMatch(words[i + 1])) AddPair(words[i], words[i + 1]);
        return pairs;

        void AddPair(string name, string version)
        {
            if (!Words.Function.Contains(name.ToLowerInvariant()) && !VersionWords.Contains(name.ToLowerInvariant())) pairs.Add((name, version.TrimStart('v', 'V')));
        }
    }

    private const int MaxTitleRead = 300;

    private static readonly char[] VersionEdge = [',', ';', ':', '(', ')', '[', ']', '"', '\'', '“', '”', '‘', '’'];

    /// <summary>Words before a version that name no package ("version 2.1", "release 3.0", "to 1.2").</summary>
    private static readonly HashSet<string> VersionWords = new(
        "version versions release releases build patch update updates edition revision rev rc beta alpha v from to upgrade upgrades upgrading".Split(' '), StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}[\p{L}\p{N}_+.-]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PackageName();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[vV]?\d+(?:\.\d+)+[\p{L}\p{N}]*(?:[-_+~.][\p{L}\p{N}]+)*\.?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex VersionString();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>\p{L}[\p{L}\p{N}_+.-]*?)[<>]?=(?<version>[vV]?\d+(?:\.\d+)+[\p{L}\p{N}]*(?:[-_+~.][\p{L}\p{N}]+)*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex JoinedVersion();

    /// <summary>Which of a headline's first three words ends a label with its colon ("BREAKING:", "Patch now:"), or -1.</summary>
    private static int LabelEnd(string[] raw) => Array.FindIndex(raw, 0, Math.Min(3, raw.Length), w => w.EndsWith(':'));

    private static bool IsName(string word, string title, string text)
    {
        var capitals = title.Any(char.IsLower);
        if (capitals && (word.Skip(1).Any(char.IsUpper) || (char.IsLetter(word[0]) && word.Any(char.IsDigit)))) return true;
        return IsNameIn(word, text);
    }

    /// <summary>
    /// Whether a text uses a word inside its sentences with a capital more often than in lower case; a sentence's first word
    /// says nothing, and one lower-case use ("block new hiring") does not outweigh a company's name ("... said Block").
    /// </summary>
    private static bool IsNameIn(string word, string text)
    {
        var (capitalised, lower) = CasesOfUses(word, text);
        return capitalised > lower;
    }

    /// <summary>How often a text uses a word capitalised inside its sentences, and how often in lower case.</summary>
    private static (int Capitalised, int Lower) CasesOfUses(string word, string text)
    {
        int capitalised = 0, lower = 0;
        var span = text.AsSpan(0, Math.Min(text.Length, MaxTextRead));
        foreach (var at in WholeUses(text, word))
        {
            if (!char.IsUpper(span[at])) lower++;
            else if (!OpensSentence(span, at)) capitalised++;
        }
        return (capitalised, lower);
    }

    /// <summary>Where a text uses a word, whole, in any case (of its first <see cref="MaxTextRead"/> characters).</summary>
    private static List<int> WholeUses(string text, string word)
    {
        var uses = new List<int>();
        var span = text.AsSpan(0, Math.Min(text.Length, MaxTextRead));
        for (var at = span.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; )
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(span[at - 1])) && (end == span.Length || !char.IsLetterOrDigit(span[end]))) uses.Add(at);
            var next = span[end..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : end + next;
        }
        return uses;
    }

    /// <summary>Whether the word at <paramref name="at"/> opens a sentence (or a line, or what follows a colon).</summary>
    private static bool OpensSentence(ReadOnlySpan<char> text, int at)
    {
        var i = at - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) && text[i] != '\n' || text[i] is '"' or '“' or '‘' or '\'' or '(' or '['))
            i--;
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' or '…';
    }

    /// <summary>How much of a story's text is read for how it writes a word.</summary>
    private const int MaxTextRead = 20_000;

    private static (string? Subject, HashSet<string> Words) SubjectAndWords(string[] raw, int label, bool sharedLabel)
    {
        // A label before a colon in the first three words ("BREAKING:", "Patch now:") is no subject; a name before one
        // is ("Intel Q3 2026: revenue hits record ...": review of session 33, R3).
        if (label >= 0 && !sharedLabel && !raw.Take(label + 1).All(w => LabelWords.Contains(w.Trim(Edge).ToLowerInvariant()))) label = -1;
        var words = Cleaned(raw.Skip(label + 1));
        var subject = words.Where((w, i) => !Dates(words, i) && !w.All(c => char.IsDigit(c) || c is '.' or ',') && !Words.Function.Contains(w.ToLowerInvariant())
                                            && (char.IsUpper(w[0]) || w.Skip(1).Any(char.IsUpper) || (char.IsLetter(w[0]) && w.Any(char.IsDigit)))).FirstOrDefault();
        var all = Cleaned(raw).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return (subject, all);
    }

    /// <summary>
    /// Whether a headline's word is a period (<see cref="Period"/>), a month's name only where it dates something: beside a
    /// day or a year ("December 9", "May 2026"), or after "in", "on", "since", ... A brand named like a month opens its own
    /// news ("August smart lock recall covers 2 million units" and "Yale smart lock recall ..." were merged, the first
    /// read as having no subject: hostile-input audit 37, H7).
    /// </summary>
    private static bool Dates(List<string> words, int i)
    {
        if (!Period().IsMatch(words[i])) return false;
        if (!MonthName().IsMatch(words[i])) return true;
        return (i + 1 < words.Count && char.IsDigit(words[i + 1][0])) || (i > 0 && (char.IsDigit(words[i - 1][0]) || DateWords.Contains(words[i - 1].ToLowerInvariant())));
    }

    private static readonly HashSet<string> DateWords = new("in on since by until till from before after during this last next early late mid of through".Split(' '), StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MonthName();

    /// <summary>
    /// Whether two headlines are one template filled with two subjects' names ("CISA adds Fortinet FortiWeb flaw to KEV
    /// catalog" and "CISA adds Ivanti EPMM flaw to KEV catalog"; "Google fixes Chrome zero-day ..." and "Google fixes Android
    /// zero-day ..."), though both open on the same actor (hostile-input audit 37, H1): they open and end on the same words,
    /// and what differs between them, a few words in each, holds in each a name by its form that the other headline and its
    /// text never use.
    /// </summary>
    /// <remarks>
    /// Only the slot where the template differs counts: two tellings of one event differ anywhere, an acronym in one ("RCE")
    /// and a source's name in the other ("..., Mandiant says"), and were printed twice (review of session 34, R1). A name by
    /// form is a capital inside ("FortiWeb", "EPMM"), or a capital inside a headline in sentence case; a word with a digit
    /// is a version or a count, which the titles' numbers judge ("v1.31.0" and "v1.31.0-beta.1" are one release).
    /// </remarks>
    public static bool DifferentNames(string a, string textA, string b, string textB)
    {
        var (wordsA, wordsB) = (Cleaned(HeadlineWords(a)), Cleaned(HeadlineWords(b)));
        var same = (string x, string y) => x.Equals(y, StringComparison.OrdinalIgnoreCase);
        var head = 0;
        while (head < wordsA.Count && head < wordsB.Count && same(wordsA[head], wordsB[head])) head++;
        var tail = 0;
        while (tail < wordsA.Count - head && tail < wordsB.Count - head && same(wordsA[^(tail + 1)], wordsB[^(tail + 1)])) tail++;
        var (slotA, slotB) = (wordsA.Count - head - tail, wordsB.Count - head - tail);
        if (head + tail < MinTemplateWords || slotA is < 1 or > MaxSlotWords || slotB is < 1 or > MaxSlotWords) return false;
        return HasOwnName(a, wordsA, head, slotA, textA, wordsB, textB) && HasOwnName(b, wordsB, head, slotB, textB, wordsA, textA)
               && !SharesAnIdentifier(a + "\n" + FirstSentence(textA), b + "\n" + FirstSentence(textB));
    }

    /// <summary>
    /// Whether two stories name one flaw or bulletin by its identifier ("CVE-2026-43300", "GHSA-xxxx-...", "KB5034441"): one
    /// event, however their headlines name its product ("Apple fixes WebKit zero-day ..." and "Apple fixes iOS zero-day ...",
    /// one CVE: hostile-input audit 38, H2).
    /// </summary>
    /// <remarks>Only the ids of each story's headline and first sentence: a flaw cited as background further on ("Last week the
    /// agency added CVE-...") is no story's own (review of session 34's later change, R2).</remarks>
    private static bool SharesAnIdentifier(string a, string b)
    {
        var ids = Identifier().Matches(a).Select(m => m.Value.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return ids.Count > 0 && Identifier().Matches(b).Any(m => ids.Contains(m.Value.ToUpperInvariant()));
    }

    /// <summary>
    /// A text's first sentence (of its first <see cref="IdentifierReach"/> characters), and of its opening's other sentences
    /// (<see cref="OwnIdentifierReach"/>) those that name the story's own flaw.
    /// </summary>
    private static string FirstSentence(string text)
    {
        var opening = text.Length > IdentifierReach ? text[..IdentifierReach] : text;
        var line = opening.IndexOf('\n') is var end and >= 0 ? opening[..end] : opening;
        // Sentences as the splitter reads them ("The U.S. tech giant ..." is one); "The flaw, tracked as CVE-..." in the
        // opening paragraph (hostile-input audit 39, H3) or in the next, the newsroom's usual layout (audit 40, H3).
        var first = SentenceSplitter.Split(line).FirstOrDefault();
        if (first is null) return "";
        var reach = text.Length > OwnIdentifierReach ? text[..OwnIdentifierReach] : text;
        var own = reach.Split('\n').SelectMany(SentenceSplitter.Split).Skip(1).Where(s => OwnIdentifier().IsMatch(s));
        return string.Join('\n', own.Prepend(first));
    }

    /// <summary>How far into a story's text a sentence that names its own flaw ("tracked as CVE-...") is looked for.</summary>
    private const int OwnIdentifierReach = 1_200;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:tracked|identified|designated|catalog(?:u)?ed|assigned|listed)\s+as\s+(?:CVE|GHSA|ZDI)-",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OwnIdentifier();

    /// <summary>How far into a story's text its own identifier is read, at most.</summary>
    private const int IdentifierReach = 400;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:CVE-\d{4}-\d{4,7}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|KB\d{6,8}|ZDI-\d{2}-\d{3,5}|MS\d{2}-\d{3})\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Identifier();

    /// <summary>How many words two headlines must share at their ends to be one template (<see cref="DifferentNames"/>).</summary>
    private const int MinTemplateWords = 3;

    /// <summary>How many words the slot where two headlines of one template differ may hold in each.</summary>
    private const int MaxSlotWords = 4;

    /// <summary>
    /// Whether the slot of a headline's words (<paramref name="count"/> from <paramref name="start"/>) holds a name by its form
    /// that the other headline's words and the other story's text never use (<see cref="DifferentNames"/>).
    /// </summary>
    /// <remarks>
    /// A headline in title case capitalises every word, so there its own text judges a capitalised word: a name unless the
    /// text writes it in lower case ("Critical" of "a critical flaw"). Title case is the house style of many security
    /// newsrooms, and "Google Fixes Chrome Zero-Day Exploited in Attacks" and "... Android Zero-Day ..." were merged
    /// (hostile-input audit 39, H2).
    /// </remarks>
    private static bool HasOwnName(string title, List<string> words, int start, int count, string ownText, List<string> otherWords, string otherText)
    {
        if (!title.Any(char.IsLower)) return false;
        var titleCase = InTitleCase(words);
        var other = otherWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return words.GetRange(start, count).Any(w => w.Length > 1 && !w.Any(char.IsDigit) && w.All(c => char.IsLetter(c) || c is '-' or '.') && !Words.Function.Contains(w.ToLowerInvariant())
                                                     && (w.Skip(1).Any(char.IsUpper)
                                                         || (char.IsUpper(w[0]) && (titleCase ? !WritesInLowerCase(w, ownText) && !Qualifiers.Contains(w.ToLowerInvariant()) : words.IndexOf(w) > 0)))
                                                     && !other.Contains(w.ToLowerInvariant()) && WholeUses(otherText, w).Count == 0);
    }

    /// <summary>
    /// Words two newsrooms swap in one headline's template, no name in any case: "Critical" and "Severe", "Emergency" and
    /// "Urgent" over texts that say only "a flaw" made one event two stories (review of session 36, R4; hostile-input audit
    /// 41, H6).
    /// </summary>
    private static readonly HashSet<string> Qualifiers = new(
        ("critical severe serious major minor emergency urgent important dangerous massive huge big large new latest rare actively active high " +
         "highest maximum max top key significant sophisticated targeted widespread unpatched patched exploited zero-day zero-click remote " +
         "first second third fourth fifth sixth seventh eighth ninth tenth another additional multiple several two three four five").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Whether a text writes a word in lower case at least as often as capitalised inside its sentences ("a critical flaw").</summary>
    private static bool WritesInLowerCase(string word, string text)
    {
        var (capitalised, lower) = CasesOfUses(word, text);
        return lower > 0 && lower >= capitalised;
    }

    /// <summary>Words of a headline's label before its colon ("BREAKING:", "Patch now:", "Exclusive:", "Ask HN:").</summary>
    private static readonly HashSet<string> LabelWords = new(
        ("breaking exclusive update updated opinion analysis report review watch video podcast live news just in patch now alert warning urgent new " +
         "hot deal deals ask show tell hn interview explainer feature editorial sponsored rumor rumour leak psa tip guide tutorial roundup recap " +
         "weekly daily this week today column essay").Split(' '), StringComparer.Ordinal);

    /// <summary>
    /// A title's words that are names, lower-cased: a word with a capital or a digit, whole as written ("GPT-5", "SMA",
    /// "SonicWall", "100", "6.12"), never a function word, a year, an amount or a period ("2026", "Q3", "FY26", "$5M", "40%",
    /// "December": two companies' results of one quarter were one event on 'Q3' and '2026', hostile-input audit 34, H2;
    /// a version or a product's number is a name, review of session 33, R4). In a title in sentence case only such words count, its first word only with a
    /// capital inside or a digit ("SonicWall", not "Microsoft fixes ..."): "fixes", "actively", "exploited" are no names,
    /// and two vendors' zero-days of one Patch Tuesday were merged on them (review 32b, R1; "GPT-5" counted as two names, R2).
    /// In a title in title case every capitalised word may be a name: rarity and the other title decide.
    /// </summary>
    private static HashSet<string> Names(string title)
    {
        var words = Cleaned(HeadlineWords(title));
        var titleCase = InTitleCase(words);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if (Words.Function.Contains(lower) || lower.Length < 2 || Period().IsMatch(word)) continue;
            var digit = word.Any(char.IsDigit);
            var innerCapital = word.Skip(1).Any(char.IsUpper);
            var name = digit || innerCapital || (char.IsUpper(word[0]) && (titleCase || i > 0));
            if (name) names.Add(lower);
        }
        return names;
    }

    /// <summary>A headline's words without their edge punctuation and possessive ("Google's" is "Google"), empty ones dropped.</summary>
    private static List<string> Cleaned(IEnumerable<string> raw) => [.. raw.Select(w => Possessive().Replace(w.Trim(Edge), "")).Where(w => w.Length > 0)];

    /// <summary>Whether a headline's words are in title case: four in five of its lettered words past the function words capitalised.</summary>
    private static bool InTitleCase(List<string> words)
    {
        var lettered = words.Where(w => char.IsLetter(w[0]) && !Words.Function.Contains(w.ToLowerInvariant())).ToList();
        return lettered.Count >= 3 && lettered.Count(w => char.IsUpper(w[0])) >= 0.8 * lettered.Count;
    }

    private static readonly char[] Edge = ['"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', '.', ':', ';', '!', '?', '—', '–', '-', '|', '«', '»'];

    [System.Text.RegularExpressions.GeneratedRegex(@"['’]s$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Possessive();

    /// <summary>A year, an amount, an ordinal or a period of time, which many events share: "2026", "2020s", "$5M", "40%", "5th", "Q3", "H1", "FY2026", "December".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[$€£¥][\d.,]*\d[\d.,]*(?:[kmb]|bn)?|[\d.,]*\d(?:%|[kmb]|bn)|\d+(?:st|nd|rd|th)|(?:19|20)\d\d(?:s)?|['’]\d\d|q[1-4]|h[12]|fy['’]?\d{2,4}|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Period();
}
