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
        var text = article.Text.Length > BodyTokens * 12 ? article.Text[..(BodyTokens * 12)] : article.Text;
        return (tokenizer.Encode(title, TitleTokens), tokenizer.Encode(title.Length == 0 ? text : $"{title}. {text}", BodyTokens));
    }
}
