using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Newsletter;

public sealed record NewsletterMeta(string NewsletterId, string RunId, string Subject, int ArticleCount, DateTimeOffset CreatedAt, string HtmlKey, string TextKey);

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

        var renderer = new NewsletterRenderer(config.Newsletter.Templates);
        var model = NewsletterRenderer.BuildModel(config.Newsletter.Title, context.RunId, context.StartedAt, articles,
            context.Counts.Items, context.Counts.Feeds);
        var (html, text) = renderer.Render(model);
        await services.Blobs.WriteJsonAsync(paths.SummaryCheck, SummaryReport.Build(articles, config.Enhance.SummaryLength), ct);

        // The id derives from the run: a retried Newsletter state rewrites the same newsletter.
        var newsletterId = "nl-" + context.RunId;
        await services.Blobs.WriteTextAsync(paths.NewsletterHtml, html, "text/html; charset=utf-8", ct);
        await services.Blobs.WriteTextAsync(paths.NewsletterText, text, "text/plain; charset=utf-8", ct);
        await services.Blobs.WriteJsonAsync(paths.NewsletterMeta,
            new NewsletterMeta(newsletterId, context.RunId, model.Subject, model.ArticleCount, context.StartedAt, paths.NewsletterHtml, paths.NewsletterText), ct);
        return context with { NewsletterId = newsletterId };
    }
}
