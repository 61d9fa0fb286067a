using System.Text.RegularExpressions;
using NewsCurator.Enhance;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// What of an article the encoder reads, in one place for training and scoring (a model scored on
/// other text than it was trained on is silently worse): the title alone, and the title with the
/// start of the body, each cut at its token budget.
/// </summary>
public sealed partial record EncoderText(int TitleTokens = 48, int BodyTokens = 256)
{
    public (EncoderInput Title, EncoderInput Body) Inputs(WordPieceTokenizer tokenizer, Article article)
    {
        var title = article.Title.Trim();
        // Only the text the budget can hold: a 100 KB article need not be tokenised whole.
        var text = WithoutHousekeepingLead(WithoutListMarkers(HtmlText.WithoutQuoteMarkers(article.Text)));
        text = text.Length > BodyTokens * 12 ? text[..(BodyTokens * 12)] : text;
        return (tokenizer.Encode(title, TitleTokens), tokenizer.Encode(title.Length == 0 ? text : $"{title}. {text}", BodyTokens));
    }

    /// <summary>
    /// The text without the bullets HTML list items get (<see cref="HtmlText.ListItemMarker"/>): the labelled items the
    /// heads were trained on carry none, and a reader's "•" is no word of the article's.
    /// </summary>
    private static string WithoutListMarkers(string text) => HtmlText.WithoutLineMarks(text, HtmlText.ListItemMarker);

    /// <summary>
    /// The text without the housekeeping of its opening paragraphs, where it is most of them: "This is my 603rd and last
    /// column for pbs.org. If you want to continue reading my work, please visit http://www.cringely.com ... Thanks for your
    /// support." took a third of the budget of a predictions column titled "End Game", and its relevance fell to 3.0; 4.9
    /// without it (held-out review 64, F4). Housekeeping is what the summarizer never puts in a summary: asking something of
    /// the reader, greeting or thanking them, signing off, noting the post's own record (by what it says: an editor's
    /// standfirst under "Editor's note:" tells the story). From a paragraph where it is more than half the sentences (two of
    /// three, one of one) only it goes: a show's "X explains Y. Thanks for listening! ..." keeps what the episode is about
    /// (review of session 40, R2). At most two such paragraphs, blank lines between them aside, and only where the rest still
    /// fills the budget, so a short post about its own newsletter keeps what it says.
    /// </summary>
    internal string WithoutHousekeepingLead(string text)
    {
        var told = new List<string>();
        var (at, dropped) = (0, 0);
        while (dropped < MaxHousekeepingParagraphs)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0) break;
            var paragraph = text.AsSpan(at, end - at);
            if (paragraph.IsWhiteSpace())
            {
                at = end + 1;
                continue;
            }
            // A paragraph longer than the budget reads is the story's; it is not split to find out.
            if (paragraph.Length > BodyTokens * 12) break;
            var sentences = SentenceSplitter.Split(paragraph.ToString());
            var story = sentences.Where(s => !IsHousekeeping(s)).ToList();
            if (story.Count * 2 >= sentences.Count) break;
            told.AddRange(story);
            (at, dropped) = (end + 1, dropped + 1);
        }
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        // Only where what is left holds the budget's worth of text (about six characters a word piece).
        if (dropped == 0 || text.Length - at < BodyTokens * 6) return text;
        return told.Count == 0 ? text[at..] : $"{string.Join(' ', told)}\n{text[at..]}";
    }

    /// <summary>
    /// Whether a sentence is the post's housekeeping. A greeting before the story's own sentence ("Hi everyone, Meta just
    /// released Llama 4 ...") is read without it, as the summarizer reads it (review of session 40, R3).
    /// </summary>
    private static bool IsHousekeeping(string sentence)
    {
        var said = Summarizer.WithoutGreeting(sentence);
        return Summarizer.SaysItIsANoteOnThePost(said)
               || ((Summarizer.IsCallToAction(said) || Summarizer.IsGreeting(said) || Summarizer.IsSignOff(said)) && !TellsOfOthers(sentence));
    }

    /// <summary>
    /// Whether a sentence that opens like housekeeping goes on to tell of someone else: a clause after a colon ("Follow the
    /// money: Nvidia invested $2B ...", "Hello, world: the first message ...") or a name ("Please note that Microsoft will end
    /// support ...", "Thank you, Sam Altman"). The summarizer's tests for housekeeping cost a summary one sentence when they
    /// misread; here they cost the encoder the story's lede (hostile-input audit 49, H3), so a sentence goes only where it
    /// speaks of the post, its author and its readers alone. Capitals at the sentence's start, in "I", in months and days and
    /// in addresses ("pbs.org") name no one, nor does the platform a call sends the reader to.
    /// </summary>
    private static bool TellsOfOthers(string sentence)
    {
        if (sentence.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 && Words.Count(sentence[(colon + 2)..]) >= MinColonClauseWords) return true;
        // The names a call lists after "news on", "more on" or "updates from" are what it offers, not others it tells of:
        // "Subscribe to our newsletter for daily news on OpenAI, Nvidia and Anthropic" is housekeeping whatever it names
        // (hostile-input audit 50, H7). A name before those words still tells of someone.
        var told = CallsTopic().Match(sentence) is { Success: true } topic ? sentence[..topic.Index] : sentence;
        var words = told.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '“', '”', '‘', '’', '\'', '(', ')', ',', ';', '!', '?', '.')).ToList();
        var platform = false;
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            var named = w.Length > 0 && char.IsUpper(w[0]) && !w.Contains('.') && !w.Contains('/') && !IsNoName(w);
            // The place a call to action sends the reader, and the rest of its name: "my new blog on Substack", "Join our
            // Discord", "Thanks for reading Import AI" (review of session 41, R4).
            platform = named && (platform || PlatformWords.Contains(words[i - 1]));
            if (named && !platform) return true;
        }
        return false;
    }

    /// <summary>Where a call to the reader turns to what it offers to tell of: "news on", "more on", "updates from".</summary>
    [GeneratedRegex(@"\b(?:news|more|updates?|coverage|stories|posts|insights|analysis|takes|tips)\s+(?:on|about|from)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallsTopic();

    /// <summary>The words before a platform's name in a call to the reader: where to read, follow or join the publication.</summary>
    private static readonly HashSet<string> PlatformWords = new(["on", "at", "via", "to", "our", "my", "your", "reading", "follow", "join", "visit", "subscribe"],
        StringComparer.OrdinalIgnoreCase);

    private static bool IsNoName(string word)
        => word is "I" || word.StartsWith("I'", StringComparison.Ordinal) || word.StartsWith("I’", StringComparison.Ordinal)
           || CalendarWords.Contains(word);

    private static readonly HashSet<string> CalendarWords = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    /// <summary>A colon before this many words heads a clause of its own, not a list ("Thanks to: you").</summary>
    private const int MinColonClauseWords = 4;

    /// <summary>How many opening paragraphs may lose their housekeeping: past two, the text is a note to readers, not a story behind one.</summary>
    private const int MaxHousekeepingParagraphs = 2;
}
