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
        var text = WithoutListMarkers(HtmlText.WithoutQuoteMarkers(article.Text));
        text = text.Length > BodyTokens * 12 ? text[..(BodyTokens * 12)] : text;
        return (tokenizer.Encode(title, TitleTokens), tokenizer.Encode(title.Length == 0 ? text : $"{title}. {text}", BodyTokens));
    }

    /// <summary>
    /// The text without the bullets HTML list items get (<see cref="HtmlText.ListItemMarker"/>): the labelled items the
    /// heads were trained on carry none, and a reader's "•" is no word of the article's.
    /// </summary>
    private static string WithoutListMarkers(string text) => HtmlText.WithoutLineMarks(text, HtmlText.ListItemMarker);
}
