using NewsCurator.Enhance;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// What of an article the encoder reads, in one place for training and scoring (a model scored on
/// other text than it was trained on is silently worse): the title alone, and the title with the
/// start of the body, each cut at its token budget.
/// </summary>
public sealed record EncoderText(int TitleTokens = 48, int BodyTokens = 256)
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
    /// The text without its opening paragraphs where they speak to the reader about the publication rather than tell the
    /// story: "This is my 603rd and last column for pbs.org. If you want to continue reading my work, please visit
    /// http://www.cringely.com ... Thanks for your support." took a third of the budget of a predictions column titled "End
    /// Game", and its relevance fell to 3.0; 4.9 without it (held-out review 64, F4). A paragraph goes where most of its
    /// sentences (two of three, one of one) ask something of the reader, greet or thank them, sign off or note the post's
    /// own record (by what they say: an editor's standfirst under "Editor's note:" tells the story), the summarizer's tests
    /// for what never goes in a summary; at most two such paragraphs, and only where the rest still fills the budget, so a
    /// short post about its own newsletter keeps what it says.
    /// </summary>
    internal string WithoutHousekeepingLead(string text)
    {
        var cut = 0;
        for (var dropped = 0; dropped < MaxHousekeepingParagraphs; dropped++)
        {
            var end = text.IndexOf('\n', cut);
            if (end < 0) break;
            var sentences = SentenceSplitter.Split(text[cut..end]);
            if (sentences.Count(IsHousekeeping) * 2 <= sentences.Count) break;
            cut = end + 1;
        }
        // Only where what is left holds the budget's worth of text (about six characters a word piece).
        return cut > 0 && text.Length - cut >= BodyTokens * 6 ? text[cut..] : text;
    }

    private static bool IsHousekeeping(string sentence)
        => Summarizer.IsCallToAction(sentence) || Summarizer.IsGreeting(sentence) || Summarizer.IsSignOff(sentence) || Summarizer.SaysItIsANoteOnThePost(sentence);

    /// <summary>How many opening paragraphs may go: past two, the text is a note to readers, not a story behind one.</summary>
    private const int MaxHousekeepingParagraphs = 2;
}
