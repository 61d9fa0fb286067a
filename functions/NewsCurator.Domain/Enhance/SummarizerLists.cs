using System.Text.RegularExpressions;

namespace NewsCurator.Enhance;

/// <summary>
/// What a text that is mostly a list says: its items' heads, in the author's words ("Wikipedia was in read-only mode
/// following mass admin account compromise; GPT-5.4; Good software knows when to stop, and 2 more."). A
/// digest issue whose only prose is a one-line teaser was summarised by that teaser alone, the headline again without
/// its "Signal #6:" (eleventh held-out review, F3): the list is the issue.
/// </summary>
public static partial class Summarizer
{
    /// <summary>A list shorter than this is a text's aside, not its contents.</summary>
    private const int MinListItems = 3;

    /// <summary>How many item heads the summary names; the rest are counted.</summary>
    private const int ListItemsNamed = 3;

    /// <summary>An item's head longer than this is a paragraph in a list, not a name for what the item is.</summary>
    private const int MaxItemHead = 110;

    /// <summary>Where an item's head ends and its gloss begins: a dash or a colon between words ("GPT-5.4 — The release ...").</summary>
    [GeneratedRegex(@"\s[—–-]\s|:\s")]
    private static partial Regex ItemGloss();

    /// <summary>
    /// The text's first list of <see cref="MinListItems"/> or more bulleted lines as one sentence, where lists make up
    /// half the text or more: the first items' heads
    /// and how many more (not the heading above the list: "Top Stories: ..." reads as a list item's label); null where
    /// the text has no such list or the sentence would not pass the checker (code, Markdown, an address).
    /// </summary>
    internal static string? ListContents(string text, string? title)
    {
        var lines = text.Split('\n');
        // A list that is an aside of a prose text (a how-to's steps) is not what the text is; a digest's list is.
        if (lines.Where(l => BulletedLine().IsMatch(l)).Sum(l => l.Length) * 2 < text.Length) return null;
        for (var start = 0; start < lines.Length; start++)
        {
            if (!BulletedLine().IsMatch(lines[start])) continue;
            var end = start;
            while (end < lines.Length && BulletedLine().IsMatch(lines[end])) end++;
            if (end - start < MinListItems) { start = end; continue; }
            var items = lines[start..end].Select(line => BulletedLine().Replace(line, "", 1).Trim()).ToList();
            var labelsAreSections = LabelsAreSections(items);
            var sentenceCase = InSentenceCase(items);
            var all = items.Select(i => ItemHead(i, labelsAreSections, sentenceCase)).ToList();
            // A list of paragraphs is prose set out in bullets; a long item among short ones (a changelog's one wordy
            // fix) is left unnamed and counted, not a reason to give the list up (fourteenth held-out review, F1).
            var paragraphs = all.Count(h => h is null);
            if (paragraphs * 2 >= all.Count) return null;
            // What a release adds or changes comes before what it fixes: "Fixed agent teammate sessions in tmux ...; Fixed
            // warnings about ...; Added `TeammateIdle` ..." named two fixes first (nineteenth held-out review, F5).
            // An item that is the headline again (a news aggregator's coverage list opens with the story it heads: "TCS to
            // invest ... (ET Manufacturing)") is the story itself, neither named nor counted (twenty-fourth held-out review, F2).
            var heads = all.Where(h => h is { Length: > 0 } and not UnnamedChange && !RepeatsTitle(h, title)).Cast<string>().OrderBy(IsFix).ToList();
            if (heads.Count < MinListItems) return null;
            var total = heads.Count + paragraphs + all.Count(h => h == UnnamedChange);
            // A sentence the checker will not let open so (a change named in lower case, a command: "claude agents --json
            // now includes ...", "/effort now confirms ...") opens on the first head that starts with a capital (thirty-second
            // held-out review, F5: a release's notes printed as a cut preview). Heads the checker takes keep their order.
            static bool OpensASentence(string head) => char.IsUpper(head[0]) || char.IsDigit(head[0]);
            return NamedAndCounted(heads, total, title)
                   ?? (!OpensASentence(heads[0]) && heads.FindIndex(OpensASentence) is > 0 and var lead
                       ? NamedAndCounted([heads[lead], .. heads.Where((_, i) => i != lead)], total, title)
                       : null);
        }
        return null;
    }

    /// <summary>
    /// What a link digest says: the headlines of its stories. A daily digest gives each of its seven or eight stories
    /// as a headline line and a blurb of a sentence or two ("DeepSeek Harness Desktop for macOS and Windows" / "DeepSeek
    /// now ships ..."), and an extractive summary took three blurbs of three different stories as if they were one
    /// (twentieth held-out review, F2). The text is a digest when <see cref="MinDigestStories"/> or more headline lines
    /// each head a short blurb and such blocks make up most of its lines; a post's sections, whose paragraphs run longer,
    /// are no digest. Blurbs of three sentences make a digest only when its headlines name distinct stories
    /// (<see cref="NameDistinctStories"/>): a daily digest's other issues gave each story three sentences, and their
    /// summaries were again three stories' blurbs run together (twentieth held-out review, F2). Null otherwise, or when
    /// the sentence would not pass the checker.
    /// </summary>
    internal static string? DigestContents(string text, string? title)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var headlines = DigestHeadlines(lines, MaxBlurbSentences, MaxBlurbLength);
        if (headlines is null && DigestHeadlines(lines, MaxStoryBlurbSentences, MaxStoryBlurbLength) is { } stories && NameDistinctStories(stories)) headlines = stories;
        if (headlines is null) return null;
        // A sentence cannot open on a label ("Kolibri: Aleph Alpha ships ..."): the first story without one leads instead.
        if (SummaryChecker.OpensLikeListItem(headlines[0]) && headlines.FindIndex(h => !SummaryChecker.OpensLikeListItem(h)) is > 0 and var lead)
            headlines = [headlines[lead], .. headlines.Where((_, i) => i != lead)];
        return NamedAndCounted(headlines, headlines.Count, title);
    }

    /// <summary>
    /// The headlines of a text made mostly of headline-and-blurb blocks, blurbs of at most <paramref name="maxSentences"/>
    /// and lines of at most <paramref name="maxLength"/>; null when it is not.
    /// </summary>
    private static List<string>? DigestHeadlines(List<string> lines, int maxSentences, int maxLength)
    {
        var headlines = new List<string>();
        var inBlocks = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsStoryHeadline(lines[i])) continue;
            // The blurb: one or two lines of prose, each ending a sentence, up to the next headline or the text's end.
            var end = i + 1;
            while (end < lines.Count && end - i <= MaxBlurbLines && !IsStoryHeadline(lines[end]) && SentenceSplitter.EndsSentence(lines[end])
                   && lines[end].Length <= maxLength && !BulletedLine().IsMatch(lines[end])) end++;
            if (end == i + 1 || (end < lines.Count && !IsStoryHeadline(lines[end]))
                || lines.Skip(i + 1).Take(end - i - 1).Sum(l => SentenceSplitter.Split(l).Count) > maxSentences) continue;
            headlines.Add(lines[i]);
            inBlocks += end - i;
            i = end - 1;
        }
        return headlines.Count < MinDigestStories || inBlocks * 10 < lines.Count * MinDigestShare ? null : headlines;
    }

    /// <summary>
    /// Whether headlines read as different stories, not a post's sections: nearly all name something (a name, a product,
    /// a number: "Kolibri: Aleph Alpha ships ...", "STEPQuant cuts KV-cache serving memory by 68.7%"), where a post's
    /// headings seldom do ("What went wrong", "Lessons learned"), and few pairs share a word (a post's sections share
    /// its subject: "Model 1: training", "Model 2: training").
    /// </summary>
    private static bool NameDistinctStories(IReadOnlyList<string> headlines)
    {
        // Ten stories or more are an issue's, not a post's sections, even in title case ("Human Intelligence is Surprising",
        // "Solving Open Research Problems Together": TLDR's headlines name half the time; twenty-second held-out review, F3):
        // half of them naming something is enough there.
        var naming = headlines.Count(NamesSomething);
        if (headlines.Count >= ManyStories ? naming * 2 < headlines.Count : naming * 5 < headlines.Count * 4) return false;
        // Pairs of the first hundred: a digest has a few dozen stories, and a hostile text of thousands is not read quadratically.
        var words = headlines.Take(100).Select(h => Words.Tokenize(h).Where(w => w.Length > 3 && !Words.Function.Contains(w)).ToHashSet(StringComparer.Ordinal)).ToList();
        var pairs = 0;
        var sharing = 0;
        for (var a = 0; a < words.Count; a++)
            for (var b = a + 1; b < words.Count; b++)
            {
                pairs++;
                if (words[a].Overlaps(words[b])) sharing++;
            }
        return sharing * 5 <= pairs;
    }

    /// <summary>
    /// A headline naming something: a capital or a digit past its first letter ("AI beats the top Stratego player",
    /// "System76 bans ..."). In a headline written in title case every word opens with a capital, so only a capital
    /// inside a word or a digit names something there ("OpenAI", "GPT-6"; not "What Went Wrong First").
    /// </summary>
    private static bool NamesSomething(string headline)
    {
        var words = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titleCase = words.Count(w => w.Length > 3 && char.IsUpper(w[0])) * 2 > words.Count(w => w.Length > 3);
        for (var i = 1; i < headline.Length; i++)
            if (char.IsDigit(headline[i]) || (char.IsUpper(headline[i]) && (!titleCase || char.IsLetter(headline[i - 1])))) return true;
        return false;
    }

    /// <summary>
    /// The first <see cref="ListItemsNamed"/> heads and how many of the <paramref name="total"/> items more, as one
    /// sentence ("A; B; C, and 4 more."); null where it would not pass the checker (code, Markdown, an address).
    /// </summary>
    private static string? NamedAndCounted(IReadOnlyList<string> heads, int total, string? title)
    {
        // Three heads, or two where three run too long for a summary (a release's changes are long sentences each).
        for (var named = ListItemsNamed; named >= 2; named--)
        {
            var more = total - named;
            var sentence = string.Join("; ", heads.Take(named)) + (more > 0 ? $", and {more} more." : ".");
            if (SummaryChecker.CheckSentence(sentence, title) is not { } finding) return sentence;
            if (finding.Rule != "too_long") return null;
        }
        return null;
    }

    /// <summary>A story's headline line in a digest: a few words, no sentence's end, no bullet.</summary>
    private static bool IsStoryHeadline(string line)
        => line.Length <= MaxItemHead && Words.Count(line) is >= 2 and <= MaxHeadlineWords && !SentenceSplitter.EndsSentence(line) && !line.EndsWith(':')
           && !BulletedLine().IsMatch(line);

    /// <summary>As many headline-and-blurb blocks as this make an issue of stories rather than a post of sections.</summary>
    private const int ManyStories = 10;

    /// <summary>Fewer stories than this, each a headline over a blurb, are a post's sections.</summary>
    private const int MinDigestStories = 5;

    private const int MaxHeadlineWords = 14;

    /// <summary>A digest's blurb: at most two lines and two sentences, each line at most this long; a section's paragraphs run longer.</summary>
    private const int MaxBlurbLines = 2;

    private const int MaxBlurbLength = 400;

    private const int MaxBlurbSentences = 2;

    /// <summary>
    /// A digest's blurb where its headlines name distinct stories (<see cref="NameDistinctStories"/>): TLDR's run four or
    /// five sentences, and its issues were summarised as three stories' sentences (twenty-second held-out review, F3).
    /// </summary>
    private const int MaxStoryBlurbSentences = 5;

    private const int MaxStoryBlurbLength = 600;

    /// <summary>How much of the text's lines (in tenths) its headline-and-blurb blocks must make up.</summary>
    private const int MinDigestShare = 7;

    /// <summary>
    /// An item's head: the words before its gloss ("GPT-5.4 — The release ..."), or the whole item when short. A label of
    /// a word or two before a colon is the item's head in a glossary, where most items have one ("Simplex: one direction
    /// at a time"), and a section's name in show notes, where few do ("Pre-show: What is a jam band?"): there the words
    /// after it are the head. Empty for a nested list's label ("Follow-up:") and for an item of two sentences, which
    /// would read as a fragment between semicolons; null when the item is a paragraph.
    /// </summary>
    private static string? ItemHead(string item, bool labelsAreSections, bool sentenceCase)
    {
        if (labelsAreSections && Label(item) is { } colon)
        {
            item = item[(colon + 2)..].Trim();
            // "Build: add support for Boost 1.87" names its change in lower case: the head opens the sentence's clause.
            // Only a change's verb: a name spelled in lower case stays so ("npm 10 required", "macOS upgrades").
            if (item.Length > 0 && char.IsLower(item[0]) && OpensWithChangeVerb(item)) item = char.ToUpperInvariant(item[0]) + item[1..];
        }
        if (item.EndsWith(':')) return "";
        // A ticket's number is the tracker's, not the item's words: "[1541303] Obsolete attachments should have a strikethrough"
        // named no head (no head opened a sentence) and a changelog post had no summary (held-out review 112, F2). Only a
        // number or a project key's number ("#1234", "(#1234)", "Bug 1234 -", "GH-12:", "PROJ-123:"), never a tag of words
        // ("[WIP]", "[Security]"). A description in lower case after it opens the head as a sentence does: "socorro lens
        // chart ..." reads "Socorro lens chart ..."; a name spelled with a capital or a digit inside stays as it is. Only in a
        // list whose items open with capitals: where they all open in lower case, the case is the writer's ("#4512 npm audit
        // ...", "#4519 git fetch ...": tools named as spelled) and stays, not "Npm audit" (review of session 51, R11).
        if (TicketReference().Match(item) is { Success: true } ticket && ticket.Length < item.Length)
        {
            item = item[ticket.Length..];
            var first = item.Split(' ', 2)[0];
            if (sentenceCase && first.All(char.IsLower)) item = char.ToUpperInvariant(item[0]) + item[1..];
        }
        var gloss = ItemGloss().Match(item);
        var head = gloss.Success && gloss.Index > 0 ? item[..gloss.Index].Trim() : item;
        if (!head.EndsWith("...", StringComparison.Ordinal)) head = head.TrimEnd('.', ';', ',', ' ');
        // "Claude Opus 4.6 is now available!" between semicolons; not a name's own mark ("Yahoo!").
        if (head.EndsWith('!') && head.Contains(' ', StringComparison.Ordinal)) head = head.TrimEnd('!', ' ');
        // A code span's marks are Markdown, no words: "Added `TeammateIdle` hook events" reads "Added TeammateIdle hook events".
        head = CodeSpan().Replace(head, "$1");
        if (head.Length > MaxItemHead && OpensWithChangeVerb(head)) head = ChangesClause(head) ?? head;
        // A change of one long sentence is still a change of the release, counted though not named; a paragraph is prose.
        if (head.Length > MaxItemHead) return OpensWithChangeVerb(head) && SentenceSplitter.Split(head).Count == 1 ? UnnamedChange : null;
        return SentenceSplitter.Split(head).Count > 1 ? "" : head;
    }

    /// <summary>
    /// Whether the items' labels name sections (the words after them are the head) rather than terms a glossary defines
    /// (the label is the head): where few items have one ("Pre-show: What is a jam band?"), where one label recurs (a
    /// glossary defines a term once; a changelog files several changes under "Portable builds:"), or where most labelled
    /// items go on with a change ("Build: add support for Boost 1.87", "VSCode: Fixed ..."), as release notes do
    /// (fourteenth held-out review, F4: the summary named "Build").
    /// </summary>
    private static bool LabelsAreSections(List<string> items)
    {
        var labelled = items.Select(i => (Item: i, Colon: Label(i))).Where(l => l.Colon is not null).Select(l => (l.Item, Colon: l.Colon!.Value)).ToList();
        if (labelled.Count * 2 < items.Count) return true;
        if (labelled.Select(l => l.Item[..l.Colon].Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() < labelled.Count) return true;
        return labelled.Count(l => OpensWithChangeVerb(l.Item[(l.Colon + 2)..])) * 2 > labelled.Count;
    }

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    /// <summary>Whether most of a list's items, their ticket references aside, open with a capital: a list in sentence case.</summary>
    private static bool InSentenceCase(List<string> items)
        => items.Count(i => TicketReference().Match(i) is var t && t.Length < i.Length && char.IsUpper(i[t.Length])) * 2 > items.Count;

    /// <summary>
    /// A list item's leading ticket, issue or pull request reference: "[1234] ", "#1234: ", "(#1234) ", "Bug 1234 - ", "GH-12: ",
    /// "PROJ-123: ". A key's number of three digits or more: "GPT-4: ..." and "COVID-19: ..." name the item's subject. So is a
    /// bare "#N"'s: "#1 Python keeps its lead" is a ranking's place, not a ticket (review of session 51, R11).
    /// </summary>
    [GeneratedRegex(@"^(?:\[(?:#|[A-Z][A-Z\d]*-)?\d+\]|\(#\d+\)|#\d{3,}:?|(?:[Bb]ug|[Ii]ssue|PR)\s+#?\d+\s*[:—–-]|GH-\d+:|[A-Z][A-Z\d]*-\d{3,}:)\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex TicketReference();

    /// <summary>
    /// A long change's main clause, up to where its details begin: "Added /output-style [name] to list and switch output
    /// styles" of "..., including over Remote Control and in cloud and other headless sessions". A changelog of long
    /// one-line changes read as a list of paragraphs and its release had no summary (twenty-first held-out review, F2).
    /// Null when no such clause of a few words fits an item's head.
    /// </summary>
    private static string? ChangesClause(string change)
    {
        var details = ChangeDetails().Match(change, 0, Math.Min(change.Length, MaxItemHead + 1));
        if (!details.Success || Words.Count(change[..details.Index]) < MinChangeWords) return null;
        var clause = change[..details.Index].TrimEnd();
        // A clause that breaks off before its object ("Added support for restricting" of "... which sub-agents can be spawned").
        var last = Words.Tokenize(clause).LastOrDefault() ?? "";
        return Words.Function.Contains(last) || last.EndsWith("ing", StringComparison.Ordinal) ? null : clause;
    }

    private const int MinChangeWords = 4;

    /// <summary>An item's head for a change too long to name (<see cref="ItemHead"/>): counted among the list's items.</summary>
    private const string UnnamedChange = "\u0000";

    // Where a change's details begin: a bracket, a comma, a semicolon or dash, or a clause of when, where, how or why (not
    // "which" or "that", which may be the change's object: "restricting which sub-agents can be spawned").
    // A comma only before its details ("..., including over Remote Control", "..., which ...", "..., making ..."), not inside
    // a list of what changed ("Added support for PostgreSQL, MySQL and SQLite backends").
    [GeneratedRegex(@" \(|; | [—–] |, (?=including\b|such\s+as\b|which\b|so\b|now\b|as\s+well\b|\w+ing\b)| (?:when|where|so that|because|unless|via|by using) ")]
    private static partial Regex ChangeDetails();

    /// <summary>Whether a list item's head is a fix ("Fixed ...", "Fix ...", "Bug fix: ..."), which a summary names after the rest.</summary>
    private static bool IsFix(string head) => Words.Tokenize(head).Take(2).Any(w => w is "fix" or "fixed" or "fixes" or "bugfix" or "bugfixes");

    /// <summary>Whether the words open with a change's verb ("add support for ...", "Fixed ...").</summary>
    private static bool OpensWithChangeVerb(string words) => ChangeVerbs.Contains(Words.Tokenize(words).FirstOrDefault() ?? "");

    /// <summary>How release notes begin a change.</summary>
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "add", "added", "adds", "fix", "fixed", "fixes", "remove", "removed", "removes", "update", "updated", "updates", "improve", "improved",
        "improves", "change", "changed", "changes", "deprecate", "deprecated", "bump", "bumped", "allow", "allowed", "allows", "rename", "renamed",
        "refactor", "refactored", "drop", "dropped", "enable", "enabled", "disable", "disabled", "support", "supports", "prevent", "prevented",
        "restore", "restored", "upgrade", "upgraded", "migrate", "migrated", "replace", "replaced", "reduce", "reduced", "speed",
    };

    /// <summary>Where a label of a word or two ends in its colon ("Pre-show: ..."), or null.</summary>
    private static int? Label(string item)
        => item.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && item[..colon].Split(' ').Length <= 2 ? colon : null;

    /// <summary>
    /// Whether a sentence only says the headline again: its letters are the title's, or most of them ("Wikipedia's
    /// vulnerability underscores ..." under "Signal #6: Wikipedia's vulnerability underscores ...").
    /// </summary>
    internal static bool RepeatsTitle(string sentence, string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return false;
        var (s, t) = (SummaryChecker.Normalize(sentence), SummaryChecker.Normalize(title));
        if (s.Length > 0 && t.Contains(s, StringComparison.Ordinal) && s.Length * 2 >= t.Length) return true;
        // The headline with a generator's note after it ("New #1 open-source AI model is here! — segmented AI-news roundup
        // (14 segments).": a video bridge's one line; twenty-third held-out review, F5) says nothing the headline does not.
        return t.Length >= MinRepeatedTitle && s.StartsWith(t, StringComparison.Ordinal)
               && Words.Count(sentence) - Words.Count(title) <= MaxWordsAfterTitle && TitleThenNote().IsMatch(sentence);
    }

    /// <summary>A dash or a bracket after the headline's words: a note on it, not a sentence going on.</summary>
    [GeneratedRegex(@"\s[—–-]\s|\s[(\[]", RegexOptions.CultureInvariant)]
    private static partial Regex TitleThenNote();

    /// <summary>A headline shorter than this (letters and digits) is too short to be told from a sentence that opens on it.</summary>
    private const int MinRepeatedTitle = 20;

    private const int MaxWordsAfterTitle = 8;
}
