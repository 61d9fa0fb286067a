using NewsCurator.Model;

namespace NewsCurator.Scoring;

/// <summary>
/// A transparent scorer: weighted vocabulary for relevance, length and shape for quality, cue
/// phrases for ads and content type. Every number comes with the evidence in Reasons. It is the
/// explicit fallback when no trained model is configured.
/// </summary>
/// <param name="asTrained">Read an item as the encoder's heads were trained to read these verdicts (<see cref="Encoder.RuleFeatures"/>):
/// every ad cue found as a substring, so "sponsoring" is three, and any audio or video enclosure an episode. The heads'
/// weights were fitted on that reading, and a feature computed otherwise at run time is one they never saw; as a scorer of
/// its own, whole words count once, and an enclosure is an episode where it is what the item is (<see cref="Filter.ContentRules.IsEpisode"/>).</param>
public sealed class RulesScorer(bool asTrained = false) : IArticleScorer
{
    public string Name => "rules-v1";

    public IReadOnlyList<ArticleScore> Score(IReadOnlyList<Article> articles, CancellationToken ct = default)
    {
        var scores = new ArticleScore[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = ct }, i => scores[i] = ScoreOne(articles[i]));
        return scores;
    }

    public ArticleScore ScoreOne(Article article)
    {
        // The words as written, without the marks of quoted lines: the encoder's heads read these verdicts as trained.
        if (article.Text.Contains(HtmlText.QuoteMarker, StringComparison.Ordinal)) article = article with { Text = HtmlText.WithoutQuoteMarkers(article.Text) };
        var titleTokens = Words.Tokenize(article.Title);
        var bodyTokens = Words.Tokenize(article.Text.Length > 6000 ? article.Text[..6000] : article.Text);
        var reasons = new List<string>();

        var relevance = Relevance(titleTokens, bodyTokens, article.Categories, reasons);
        var adProbability = AdProbability(article, reasons);
        var quality = Quality(article, bodyTokens.Count, reasons);
        var contentType = ContentTypeOf(article, adProbability);
        return new ArticleScore
        {
            Id = article.Id,
            TechRelevanceScore = Math.Round(relevance, 2),
            QualityScore = Math.Round(quality, 2),
            AdProbability = Math.Round(adProbability, 3),
            IsAdvertisement = adProbability >= 0.5,
            ContentType = contentType,
            Scorer = Name,
            Reasons = reasons,
        };
    }

    private double Relevance(List<string> title, List<string> body, IReadOnlyList<string> categories, List<string> reasons)
    {
        var lexicon = asTrained ? Lexicon.Relevance : Lexicon.RelevanceOfItsOwn;
        var titleHits = TermMatcher.Count(title, lexicon.Keys);
        var bodyHits = TermMatcher.Count(body, lexicon.Keys);
        var categoryHits = TermMatcher.Count(categories.SelectMany(Words.Tokenize).ToList(), lexicon.Keys);
        double evidence = 0;
        foreach (var (term, n) in titleHits) evidence += lexicon[term] * 2.0 * Math.Min(n, 2);
        foreach (var (term, n) in categoryHits) evidence += lexicon[term] * 1.0;
        // Long texts mention everything once; density keeps a passing mention from counting like a topic.
        var density = 0.0;
        foreach (var (term, n) in bodyHits) density += lexicon[term] * Math.Log(1 + n);
        evidence += density * Math.Min(1.0, 150.0 / Math.Max(150, body.Count)) * 1.5 + density * 0.15;

        var top = titleHits.Concat(bodyHits).GroupBy(kv => kv.Key)
            .Select(g => (Term: g.Key, Weight: lexicon[g.Key] * g.Sum(x => x.Value)))
            .OrderByDescending(x => x.Weight).Take(5).Select(x => x.Term).ToList();
        if (top.Count > 0) reasons.Add($"relevance terms: {string.Join(", ", top)}");
        return 10.0 * (1 - Math.Exp(-evidence / 14.0));
    }

    private double AdProbability(Article article, List<string> reasons)
    {
        var opening = (article.Title + "\n" + (article.Text.Length > 800 ? article.Text[..800] : article.Text)).ToLowerInvariant();
        var cues = (asTrained ? Lexicon.AdCueSubstringsIn(opening) : Lexicon.AdCuesIn(opening)).ToList();
        if (cues.Count == 0) return 0.02;
        reasons.Add($"ad cues: {string.Join(", ", cues)}");
        var titleCue = (asTrained ? Lexicon.AdCueSubstringsIn(article.Title.ToLowerInvariant()) : Lexicon.AdCuesIn(article.Title)).Any();
        var logit = -2.2 + 1.1 * cues.Count + (titleCue ? 1.5 : 0);
        return 1 / (1 + Math.Exp(-logit));
    }

    private static double Quality(Article article, int words, List<string> reasons)
    {
        // Substance grows with length up to a long read, then flattens.
        var score = 2.0 + 6.0 * (1 - Math.Exp(-words / 250.0));
        if (article.Link is null) { score -= 1.5; reasons.Add("no link"); }
        if (article.Author is not null) score += 0.5;
        var lowerTitle = article.Title.ToLowerInvariant();
        if (Lexicon.ClickbaitCues.Any(c => lowerTitle.Contains(c, StringComparison.Ordinal))) { score -= 2.5; reasons.Add("clickbait title"); }
        var letters = article.Title.Count(char.IsLetter);
        if (letters > 10 && article.Title.Count(char.IsUpper) > letters * 0.6) { score -= 1.5; reasons.Add("shouting title"); }
        if (article.Title.Count(c => c == '!') >= 2) score -= 1;
        if (words < 40) reasons.Add($"thin: {words} words");
        return Math.Clamp(score, 0, 10);
    }

    private string ContentTypeOf(Article article, double adProbability)
    {
        if (adProbability >= 0.5) return ContentTypes.Sponsored;
        var title = article.Title.ToLowerInvariant();
        var opening = (title + " " + (article.Text.Length > 500 ? article.Text[..500] : article.Text)).ToLowerInvariant();
        var episode = asTrained
            ? article.EnclosureType is { } type && (type.StartsWith("audio", StringComparison.Ordinal) || type.StartsWith("video", StringComparison.Ordinal))
            : Filter.ContentRules.IsEpisode(article);
        if (episode || title.Contains("podcast") || title.Contains("episode")) return ContentTypes.Podcast;
        if (title.Contains("how to") || title.Contains("tutorial") || title.Contains("guide to") || title.Contains("step by step") || title.Contains("getting started"))
            return ContentTypes.Tutorial;
        if (title.Contains("released") || title.Contains("release") || title.Contains("announcing") || title.Contains("now available")
            || System.Text.RegularExpressions.Regex.IsMatch(title, @"\bv?\d+\.\d+(\.\d+)?\b")) return ContentTypes.Release;
        if (opening.Contains("paper") || opening.Contains("arxiv") || opening.Contains("researchers") || opening.Contains("study")) return ContentTypes.Research;
        if (title.Contains("hiring") || title.Contains("job opening") || title.Contains("we're looking for")) return ContentTypes.Job;
        if (title.Contains("conference") || title.Contains("webinar") || title.Contains("meetup") || title.Contains("summit")) return ContentTypes.Event;
        var firstPerson = System.Text.RegularExpressions.Regex.Count(opening, @"\b(i|my|i'm|i’m|i've)\b");
        if (opening.Contains(" i think") || firstPerson >= 4 || title.StartsWith("why ", StringComparison.Ordinal) || title.Contains("opinion"))
            return ContentTypes.Opinion;
        return article.Text.Length < 300 ? ContentTypes.Other : ContentTypes.News;
    }
}
