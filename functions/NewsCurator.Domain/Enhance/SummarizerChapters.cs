using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsCurator.Enhance;

/// <summary>
/// What an episode covers, read off its chapter index: show notes list the parts of a podcast or video with a time
/// stamp ("00:12:34 Why GPUs matter", "[05:10] Scaling laws", "Language Understanding 17 minutes"). Those topics say
/// what the episode is about; the notes' prose is often the guest's biography, and a summary made of it told a reader
/// where the guest works and where he was born (twenty-eighth held-out review, F6). A sentence that describes the episode
/// itself ("In this episode, ... discuss ...") leads the chapters. Only an episode's text is read so (the caller says):
/// an article's agenda, build log or timing table is no index of what it covers (review of session 29, R3).
/// </summary>
public static partial class Summarizer
{
    /// <summary>Fewer stamped lines than this are a mention of two moments, not an index.</summary>
    private const int MinChapters = 3;

    /// <summary>An index starts near the episode's beginning; a log's time stamps (14:03:22 ...) and an agenda's (09:00 ...) do not.</summary>
    private static readonly TimeSpan MaxFirstChapterStart = TimeSpan.FromMinutes(5);

    /// <summary>An episode's chapters span minutes; a build log's elapsed stamps ([00:00], [00:03], [00:07]) span seconds.</summary>
    private static readonly TimeSpan MinIndexSpan = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The line over a run of chapter lengths that says it is an index ("Index to The Jim Rutt Show ...", "Chapters:",
    /// "Timestamps"): lines ending in minutes are also a build's timing table (review of session 29, R3).
    /// </summary>
    [GeneratedRegex(@"\b(?:chapters?|timestamps?|time\s*codes?|index|topics|outline|contents|segments|in\s+this\s+(?:episode|video|show)|show\s*notes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndexHeading();

    /// <summary>A chapter's topic: a few words, not a paragraph.</summary>
    private const int MaxChapterTopic = 100;

    /// <summary>A time stamp before the topic: "00:12:34 Topic", "[12:34] Topic", "(1:02:03) - Topic", "12:34 | Topic".</summary>
    // ASCII digits in the time, which Stamp parses (a stamp of full-width digits, "０５:３０", failed a whole run: hostile-input
    // audit 39, H1).
    [GeneratedRegex(@"^[\[(]?(?<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)[\])]?\s*(?:[-–—:|.]\s*)?(?<topic>[^\d\s].*)$")]
    private static partial Regex StampFirst();

    /// <summary>A time stamp after the topic: "Topic (12:34)", "Topic - 1:02:03", "Topic [12:34]".</summary>
    [GeneratedRegex(@"^(?<topic>.*?[^\d\s])\s*(?:[-–—:|]\s*)?[\[(]?(?<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)[\])]?\.?$")]
    private static partial Regex StampLast();

    /// <summary>A chapter's length after its topic: "Language Understanding 17 minutes", "Q&amp;A (6 min)".</summary>
    [GeneratedRegex(@"^(?<topic>.*?[^\d\s])\s*[-–—,:(]?\s*(?<minutes>\d{1,3})\s*(?:minutes|mins?)\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationLast();

    /// <summary>A length's words in a sentence: "takes 3 minutes", "in 3 minutes", "after 3 minutes".</summary>
    [GeneratedRegex(@"\b(?:in|for|after|about|within|of|than|over|under|to|by|at|every|each|only|just|around|nearly|almost|up|takes?|took|saves?|saved|lasts?|lasted|runs?|ran|needs?|needed|waits?|waited|spent|spends?|costs?|is|was|are|were)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProseBeforeALength();

    /// <summary>Parts every episode has, which say nothing of this one.</summary>
    // Also a show's prologue and its catching up ("Prologue", "Welcome and Catching Up": fifty-third held-out review, F5), and
    // the clip a show opens on ("Episode highlight": held-out review 80, F2).
    [GeneratedRegex(@"^(?:(?:intro(?:duction)?|welcome)(?:\s+(?:and|&)\s+(?:catching\s+up|housekeeping|updates|news|banter|chit-?chat))?|outro|opening|prologue|epilogue|cold\s+open|teaser|catching\s+up|housekeeping|" +
                    @"closing(?:\s+(?:thoughts|remarks))?|conclusions?|wrap[\s-]?up|end|credits|sponsors?|ad\s+break|(?:sponsor|ad)\s+read|start|(?:episode\s+)?highlights?)\b[\s\p{P}]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StockChapter();

    /// <summary>A sentence about the episode itself rather than its guest's career.</summary>
    [GeneratedRegex(@"\b(?:(?:this|today['’]s|the)\s+(?:episode|show|conversation|interview|talk|video|lecture|session)|we\s+(?:talk|discuss|speak|chat|dig|dive|explore|cover|look|break\s+down|get\s+into)|(?:talks?|discuss(?:es)?|speaks?|chats?|joins?\s+(?:us|me|the\s+show))\s+(?:about|with|to|on)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheEpisode();

    /// <summary>
    /// The summary of a text holding a chapter index: a sentence about the episode, if one of <paramref name="picked"/>
    /// is, then "Its chapters cover A; B; C, and N more."; null when the text has no index or the summary would not pass the checker.
    /// </summary>
    private static SummaryResult? ChapterSummary(string text, string title, IEnumerable<string> picked, string? language)
    {
        // The sentence that introduces the topics is English; another language's episode keeps its own sentences.
        if (language is not (null or "en") || ChapterTopics(text, episode: true) is not { } topics) return null;
        var named = topics.Where(t => !StockChapter().IsMatch(t)).ToList();
        if (named.Count < MinChapters) return null;
        var chapters = ChapterList(named);
        if (SummaryChecker.CheckSentence(chapters, title) is not null) return null;
        var lead = picked.FirstOrDefault(s => (AboutTheEpisode().IsMatch(s) || NamesTheTitlesSubject(s, title)) && s.Length + chapters.Length < MaxSummaryLength);
        return lead is null
            ? new(chapters, SummarySources.SingleSentence, "summary: the topics of its chapter index")
            : new(lead + " " + chapters, SummarySources.Extractive, "summary: a sentence about the episode, then the topics of its chapter index");
    }

    /// <summary>
    /// Whether a sentence names what the title says the episode is about, its opening words before a colon or a dash
    /// ("OpenClaw: The Viral AI Agent ... - Peter Steinberger"): "Peter Steinberger is the creator of OpenClaw, an open-source
    /// AI agent framework ..." says what the episode is about, and the chapters alone read as a table of contents (held-out
    /// review 80, F2). Not where the subject is a person's name ("Peter Steinberger - OpenClaw ..."): a sentence naming the
    /// guest is their biography, no lead (review of session 44, R7); nor where the sentence opens on the subject.
    /// </summary>
    private static bool NamesTheTitlesSubject(string sentence, string title)
    {
        var subject = TitleSubject().Match(title);
        if (!subject.Success) return false;
        var name = subject.Groups["subject"].Value.Trim();
        if (name.Count(char.IsLetter) < 3 || sentence.Length <= name.Length || (name.Contains(' ', StringComparison.Ordinal) && Ingest.TrailingByline.NamesAPerson(name))) return false;
        for (var at = sentence.IndexOf(name, 1, StringComparison.OrdinalIgnoreCase); at > 0; at = sentence.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
            if (!char.IsLetterOrDigit(sentence[at - 1]) && (at + name.Length == sentence.Length || !char.IsLetterOrDigit(sentence[at + name.Length]))) return true;
        return false;
    }

    /// <summary>A title's subject: one to four words before a colon or a dash ("OpenClaw: ...", "Kubernetes 1.29 - ...").</summary>
    [GeneratedRegex(@"^(?<subject>[\p{L}\p{N}][\p{L}\p{N}.+#'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.+#'’-]*){0,3})\s*(?::|\s[-–—|]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSubject();

    /// <summary>How the topics are introduced: a sentence, not a label (a summary never opens on "Chapters:").</summary>
    private const string ChapterLead = "Its chapters cover ";

    /// <summary>"Its chapters cover A; B; C." with as many topics as fit a summary's length, the rest counted.</summary>
    private static string ChapterList(List<string> topics)
    {
        var shown = new List<string>();
        var length = ChapterLead.Length;
        foreach (var topic in topics)
        {
            if (shown.Count >= MinChapters && length + topic.Length + 20 > MaxSummaryLength / 2) break;
            shown.Add(topic);
            length += topic.Length + 2;
        }
        var more = topics.Count - shown.Count;
        return ChapterLead + string.Join("; ", shown) + (more > 0 ? $", and {more} more." : ".");
    }

    /// <summary>
    /// The topics of the text's first run of <see cref="MinChapters"/> or more stamped lines (blank lines between them
    /// allowed), in order: time stamps that rise from near the start, or lengths in minutes. Null when there is none.
    /// </summary>
    /// <param name="episode">The text is an episode's notes: parts listed with their lengths are its index without a heading saying so.</param>
    internal static List<string>? ChapterTopics(string text, bool episode = false)
    {
        var lines = text.Split('\n');
        for (var start = 0; start < lines.Length; start++)
        {
            if (Chapter(lines[start]) is null) continue;
            var run = new List<(string Topic, TimeSpan? At)>();
            var end = start;
            var bridged = false;
            for (; end < lines.Length; end++)
            {
                if (string.IsNullOrWhiteSpace(lines[end])) continue;
                // One line of no words inside the index ("...", "—") does not end it: the outline went on past it (held-out
                // review 80, F1: a broken run fell to the extractive pick, which printed "1:57 - China vs US: ...").
                if (!bridged && !lines[end].Any(char.IsLetterOrDigit) && end + 1 < lines.Length && Chapter(lines[end + 1]) is not null)
                {
                    bridged = true;
                    continue;
                }
                if (Chapter(lines[end]) is not { } chapter) break;
                run.Add(chapter);
            }
            if (run.Count >= MinChapters && IsIndex(run, episode || HeadingAbove(lines, start))) return run.Select(c => c.Topic).ToList();
            start = end;
        }
        return null;
    }

    /// <summary>
    /// The text without its chapter lines, a time stamp and a topic each ("1:57 - China vs US: Who wins the AI race?"),
    /// whether or not their run is an index: a stamp and a title are no sentence of a summary (held-out review 80, F1: an
    /// outline broken by a line of dots was no index, and its second line closed the summary). A line that ends as a sentence
    /// ends ("10:30 - The keynote opens with a demo.", "Doors open at 18:30.") is prose that starts on a time, and stays.
    /// </summary>
    internal static string WithoutChapterLines(string text)
        => string.Join('\n', text.Split('\n').Where(l => Chapter(l) is not { At: not null } chapter || l.TrimEnd().EndsWith('.') || l.TrimEnd().EndsWith('!')));

    /// <summary>
    /// Lengths under a heading that names an index, or stamps that start within <see cref="MaxFirstChapterStart"/>, never
    /// go back and span <see cref="MinIndexSpan"/> at least.
    /// </summary>
    private static bool IsIndex(List<(string Topic, TimeSpan? At)> run, bool underAnIndexHeading)
    {
        if (run.All(c => c.At is null)) return underAnIndexHeading;
        if (run.Any(c => c.At is null) || run[0].At > MaxFirstChapterStart || run[^1].At - run[0].At < MinIndexSpan) return false;
        for (var i = 1; i < run.Count; i++)
            if (run[i].At < run[i - 1].At) return false;
        return true;
    }

    /// <summary>Whether one of the two lines with words above <paramref name="start"/> names an index.</summary>
    private static bool HeadingAbove(string[] lines, int start)
        => lines[..start].Reverse().Where(l => !string.IsNullOrWhiteSpace(l)).Take(2).Any(l => IndexHeading().IsMatch(l));

    /// <summary>A line's chapter topic and its start (null for a length in minutes), or null when the line is no chapter.</summary>
    private static (string Topic, TimeSpan? At)? Chapter(string line)
    {
        var plain = BulletedLine().Replace(line.Trim(), "").Trim();
        if (plain.Length is 0 || plain.Length > MaxChapterTopic + 20 || !plain.Any(char.IsDigit)) return null;
        if (StampFirst().Match(plain) is { Success: true } first) return Stamp(first.Groups["time"].Value) is { } at ? Topic(first.Groups["topic"].Value, at) : null;
        if (StampLast().Match(plain) is { Success: true } last) return Stamp(last.Groups["time"].Value) is { } end ? Topic(last.Groups["topic"].Value, end) : null;
        // "The build now takes 3 minutes" is prose about a length, not a topic with its length.
        if (DurationLast().Match(plain) is { Success: true } duration && !ProseBeforeALength().IsMatch(duration.Groups["topic"].Value))
            return Topic(duration.Groups["topic"].Value, null);
        return null;
    }

    private static (string Topic, TimeSpan? At)? Topic(string topic, TimeSpan? at)
    {
        topic = topic.Trim().TrimEnd('-', '–', '—', ':', '|', ',', '(').Trim();
        // A chapter's number is no topic ("Chapter 2: The new scheduler": fifty-third held-out review, F5).
        topic = ChapterNumber().Replace(topic, "");
        // "09:00 AM Registration" is a time of day.
        if (ClockTime().IsMatch(topic)) return null;
        // A topic names something: letters, a few words at most, no sentence of prose.
        return topic.Count(char.IsLetter) >= 3 && topic.Length <= MaxChapterTopic && Words.Count(topic) <= 16 ? (topic, at) : null;
    }

    [GeneratedRegex(@"^(?:chapter|part|segment|section|ch\.)\s*\d{1,3}\s*[:.\-–—|]\s*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChapterNumber();

    // A zone's letters in capitals only: case-blind, "Rust vs Go" and "Start here" read as a zone (held-out review 80, F1's test).
    [GeneratedRegex(@"^(?:[ap]\.?m\.?|o['’]clock|hrs?|h|uhr|utc|gmt|(?-i:[A-Z]{2,4}T))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    private static TimeSpan? Stamp(string time)
    {
        var parts = time.Split(':').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts.Skip(1).Any(p => p >= 60)) return null;
        return parts.Length == 3 ? new TimeSpan(parts[0], parts[1], parts[2]) : new TimeSpan(0, parts[0], parts[1]);
    }
}
