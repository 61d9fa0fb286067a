using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Newsletter;

public sealed record NewsletterMeta(string NewsletterId, string RunId, string Subject, int ArticleCount, DateTimeOffset CreatedAt, string HtmlKey, string TextKey,
    string? SubjectVariant = null, IReadOnlyList<SubjectLine>? SubjectLines = null, string? SubjectNote = null);

/// <summary>Subject line, HTML and plain text from the enhanced articles of the selection.</summary>
public sealed class NewsletterStage(PipelineServices services)
{
    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        var articles = new List<EnhancedArticle>();
        foreach (var id in context.Selected)
            articles.Add(await services.Blobs.ReadRequiredJsonAsync<EnhancedArticle>(paths.Enhanced(id), ct));

        // The id derives from the run: a retried Newsletter state rewrites the same newsletter.
        var newsletterId = "nl-" + context.RunId;
        var renderer = new NewsletterRenderer(config.Newsletter.Templates);
        var variant = config.Newsletter.SubjectLineStyle == "alternate"
            ? await SubjectRotation.AlternateVariantAsync(services.Blobs, context.RunId, context.StartedAt, ct)
            : config.Newsletter.SubjectLineStyle;
        var ordered = articles.OrderBy(a => a.Rank).ToList();
        var (llmLines, subjectNote) = config.Enhance.Llm.Enabled && ordered.Count > 0
            ? await LlmSubjectLinesAsync(context.RunId, config, ordered, ct)
            : (null, "subject lines: from rules");
        var model = NewsletterRenderer.BuildModel(config.Newsletter.Title, context.RunId, context.StartedAt, articles,
            context.Counts.Items, context.Counts.Feeds, variant, llmLines, context.Counts);
        var (html, text) = renderer.Render(model);
        await services.Blobs.WriteJsonAsync(paths.SummaryCheck, SummaryReport.Build(articles, config.Enhance.SummaryLength), ct);

        await services.Blobs.WriteTextAsync(paths.NewsletterHtml, html, "text/html; charset=utf-8", ct);
        await services.Blobs.WriteTextAsync(paths.NewsletterText, text, "text/plain; charset=utf-8", ct);
        await services.Blobs.WriteJsonAsync(paths.NewsletterMeta,
            new NewsletterMeta(newsletterId, context.RunId, model.Subject, model.ArticleCount, context.StartedAt, paths.NewsletterHtml, paths.NewsletterText,
                model.SubjectVariant, model.SubjectLines, subjectNote), ct);
        return context with { NewsletterId = newsletterId };
    }

    private async Task<(IReadOnlyList<SubjectLine>?, string)> LlmSubjectLinesAsync(string runId, PipelineConfig config, List<EnhancedArticle> ordered, CancellationToken ct)
    {
        var llm = config.Enhance.Llm;
        var key = await Enhance.Llm.LlmKeys.ResolveAsync(llm, services.Secrets, ct);
        return await new Enhance.Llm.LlmEnhancer(services.Blobs, llm, services.CreateChatClient(llm, key), services.Clock, key).SubjectLinesAsync(runId, config.Newsletter.Title, ordered, ct);
    }
}
