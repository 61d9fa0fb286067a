using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// A long article's second chunk, measured for the topics and the profile (validate-chunks, EXPERIMENTS.md session 38)
/// and not shipped: the scorer reads the first chunk (<see cref="EncoderText.Inputs"/>) for everything, so a post that
/// opens on background is placed by its opening.
/// </summary>
public static class SecondChunks
{
    /// <summary>
    /// The word pieces after those <see cref="EncoderText.Inputs"/> gives the body ([CLS] and [SEP] around the next
    /// BodyTokens - 2; with <paramref name="withTitle"/>, the title and its stop first, the chunk as long); null when
    /// the body holds all of the text.
    /// </summary>
    public static EncoderInput? Next(EncoderText budget, WordPieceTokenizer tokenizer, Article article, bool withTitle = false)
    {
        var title = article.Title.Trim();
        // As Inputs prepares the text, with room for twice the budget (Inputs keeps BodyTokens * 12 characters).
        var text = HtmlText.WithoutLineMarks(HtmlText.WithoutQuoteMarkers(article.Text), HtmlText.ListItemMarker);
        text = text.Length > 2 * budget.BodyTokens * 12 ? text[..(2 * budget.BodyTokens * 12)] : text;
        var pieces = tokenizer.WordPieces(title.Length == 0 ? text : $"{title}. {text}").Skip(budget.BodyTokens - 2);
        var lead = withTitle && title.Length > 0 ? tokenizer.WordPieces($"{title}.").Take(budget.TitleTokens - 2).ToList() : [];
        var next = pieces.Take(budget.BodyTokens - 2 - lead.Count).ToList();
        return next.Count == 0 ? null : new EncoderInput([tokenizer.Cls, .. lead, .. next, tokenizer.Sep]);
    }

    /// <summary>Two normalised chunk embeddings as one: <paramref name="firstWeight"/> of the first, the rest of the second, normalised again.</summary>
    public static float[] Pool(float[] first, float[] second, double firstWeight)
    {
        var pooled = new float[first.Length];
        double norm = 0;
        for (var d = 0; d < pooled.Length; d++)
        {
            pooled[d] = (float)(firstWeight * first[d] + (1 - firstWeight) * second[d]);
            norm += pooled[d] * pooled[d];
        }
        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var d = 0; d < pooled.Length; d++) pooled[d] *= scale;
        return pooled;
    }
}
