using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Select;
using NewsCurator.Storage;

namespace NewsCurator.Enhance;

/// <summary>One Map iteration: summary, topics, preview and reading time for one selected article.</summary>
public sealed class EnhanceStage(PipelineServices services)
{
    public async Task<string> RunArticleAsync(string runId, string articleId, CancellationToken ct = default)
    {
        var paths = new RunPaths(RunPaths.ValidateRunId(runId));
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        // Select wrote exactly what this article needs; a missing file means it was not selected in this run.
        var input = await services.Blobs.ReadJsonAsync<SelectedInput>(paths.SelectedInput(articleId), ct)
            ?? throw new ArgumentException($"article '{articleId}' is not in the selection of run '{runId}'");

        var enhanced = Enhance(input.Article, input.Score, input.Selection.Rank, config.Enhance);
        if (config.Enhance.Llm.Enabled) enhanced = await WithLlmAsync(runId, enhanced, config.Enhance, ct);
        var key = paths.Enhanced(articleId);
        await services.Blobs.WriteJsonAsync(key, enhanced, ct);
        return key;
    }

    /// <summary>The LLM's summary and topics where they pass every check; the extractive ones, and the reason, where not.</summary>
    private async Task<EnhancedArticle> WithLlmAsync(string runId, EnhancedArticle enhanced, EnhanceConfig config, CancellationToken ct)
    {
        var key = await Llm.LlmKeys.ResolveAsync(config.Llm, services.Secrets, ct);
        var llm = new Llm.LlmEnhancer(services.Blobs, config.Llm, services.CreateChatClient(config.Llm, key), services.Clock, key);
        // The LLM picks from the taxonomy the other topics came from: the encoder's when the scorer compared with it.
        var taxonomy = enhanced.Score.Topics is { Count: > 0 }
            ? Scoring.Encoder.TopicTaxonomy.Topics.Select(t => t.Name).Where(t => Scoring.Encoder.TopicTaxonomy.Fits(t, enhanced.Score.ContentType)).ToList()
            : TopicTagger.TaxonomyTopics;
        var result = await llm.EnhanceAsync(runId, enhanced.Article, config.SummaryLength, config.MaxTopics, taxonomy, ct);
        return enhanced with
        {
            Summary = result.Summary ?? enhanced.Summary,
            SummarySource = result.Summary is null ? enhanced.SummarySource : SummarySources.Llm,
            SummaryNote = result.Summary is null && enhanced.SummaryNote is { } own ? $"{result.Note}; {own}" : result.Note,
            Topics = result.Topics is { } chosen ? AdvisoriesAboutSecurity(enhanced.Article, [.. chosen], config.MaxTopics) : enhanced.Topics,
        };
    }

    public static EnhancedArticle Enhance(Article article, ArticleScore score, int rank, EnhanceConfig config)
    {
        // The story's words, not its release's legal text after them (held-out review 109, F5).
        var words = ReleaseBoilerplate.StoryWordCount(article.Text);
        var preview = Lede.Preview(article.Title, article.Text, config.PreviewLength);
        var summary = Summarizer.Summarize(article, preview, config.SummaryLength, IsEpisode(article, score));
        score = DigestIsALinkPost(score, summary, article.Title);
        return new EnhancedArticle
        {
            Article = article,
            Score = score,
            Rank = rank,
            Summary = summary.Text,
            SummarySource = summary.Source,
            SummaryNote = summary.Note,
            // The encoder's taxonomy similarities when the scorer gave them; the term-based tagger otherwise.
            Topics = AdvisoriesAboutSecurity(article, score.Topics is { Count: > 0 } similar
                ? EncoderTopics(article, similar, score.ContentType, config.MaxTopics)
                : TopicTagger.Tag(article.Title, article.Text, article.Categories, config.MaxTopics), config.MaxTopics),
            Preview = preview,
            ReadingTimeMinutes = Math.Max(1, (int)Math.Ceiling(words / (double)config.WordsPerMinute)),
            // An item of no words (an image post, a title alone) has nothing to read: no reading time, where it had 1 minute
            // (held-out review 113, F3).
            IsExcerpt = Excerpt.Is(article) || words == 0,
            IsEpisode = score.ContentType == Model.ContentTypes.Podcast,
        };
    }

    /// <summary>A podcast or video episode: typed so by the scorer, or made of an audio or video file (<see cref="Filter.ContentRules.IsEpisode"/>).</summary>
    public static bool IsEpisode(Article article, ArticleScore score) => score.ContentType == ContentTypes.Podcast || Filter.ContentRules.IsEpisode(article);

    /// <summary>
    /// A link digest is a link post, "other" by the labels' own definition (LABELS.md): the type head filed a daily AI
    /// digest of eight stories under "Releases" (twentieth held-out review, F2 and F9), a heading that named one story's
    /// kind for all of them. What a digest is stays when it is an ad, a job posting or an episode.
    /// </summary>
    private static ArticleScore DigestIsALinkPost(ArticleScore score, SummaryResult summary, string title)
        => summary.IsDigest && score.ContentType is not (null or ContentTypes.Sponsored or ContentTypes.Job or ContentTypes.Podcast or ContentTypes.Other)
           // A release whose notes are sections of features ("Ollama 0.5 released") is still a release.
           && !Scoring.ContentTypeCues.AnnouncesRelease(title)
            ? score with { ContentType = ContentTypes.Other, Reasons = [.. score.Reasons, $"type: other, not {score.ContentType} (a link digest: its stories are of several kinds)"] }
            : score;

    private static List<string> EncoderTopics(Article article, IReadOnlyDictionary<string, double> similarities, string? contentType, int maxTopics)
    {
        var (allows, named) = Scoring.Encoder.TopicEvidence.Of(article.Title, article.Text, article.Categories);
        return TopicTagger.Tag(similarities, maxTopics, contentType, allows, named);
    }

    /// <summary>
    /// An advisory (or news of one: <see cref="AdvisoryIds.Name"/>) is about security whatever else its words are near:
    /// three of four container-engine advisories were tagged by their Linux and Docker words alone (twentieth held-out
    /// review, F8). Security leads its topics; the others follow in their order.
    /// </summary>
    public static List<string> AdvisoriesAboutSecurity(Article article, List<string> topics, int maxTopics)
        => AdvisoryIds.Name(article.Title, article.Link, article.Text) && !(topics.Count > 0 && topics[0] == SecurityTopic)
            ? [SecurityTopic, .. topics.Where(t => t != SecurityTopic).Take(Math.Max(0, maxTopics - 1))]
            : topics;

    private const string SecurityTopic = "Security & Privacy";
}
