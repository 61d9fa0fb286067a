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
        var selection = await services.Blobs.ReadRequiredJsonAsync<SelectionFile>(paths.Selected, ct);
        var selected = selection.Selected.FirstOrDefault(s => s.Id == articleId)
            ?? throw new ArgumentException($"article '{articleId}' is not in the selection of run '{runId}'");
        var article = (await services.Blobs.ReadJsonLinesAsync<Article>(paths.Candidates, ct)).Single(a => a.Id == articleId);
        var score = (await services.Blobs.ReadJsonLinesAsync<ArticleScore>(paths.Scores, ct)).Single(s => s.Id == articleId);

        var enhanced = Enhance(article, score, selected.Rank, config.Enhance);
        var key = paths.Enhanced(articleId);
        await services.Blobs.WriteJsonAsync(key, enhanced, ct);
        return key;
    }

    public static EnhancedArticle Enhance(Article article, ArticleScore score, int rank, EnhanceConfig config)
    {
        var words = article.WordCount;
        return new EnhancedArticle
        {
            Article = article,
            Score = score,
            Rank = rank,
            Summary = Summarizer.Summarize(article.Title, article.Text, config.SummaryLength),
            Topics = score.Topics is { Count: > 0 } similar
                ? TopicTagger.Tag(similar, config.MaxTopics)
                : TopicTagger.Tag(article.Title, article.Text, article.Categories, config.MaxTopics),
            Preview = Words.Truncate(article.Text.Replace('\n', ' '), config.PreviewLength),
            ReadingTimeMinutes = Math.Max(1, (int)Math.Ceiling(words / (double)config.WordsPerMinute)),
        };
    }
}
