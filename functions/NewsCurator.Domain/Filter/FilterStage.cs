using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Filter;

/// <summary>Merge every shard, dedupe, apply content rules then ad rules; what survives is a candidate.</summary>
public sealed class FilterStage(PipelineServices services)
{
    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        var (raw, _) = await RawShards.LoadAsync(services.Blobs, paths, ct);

        var prepared = raw.Select(a => a with
        {
            CanonicalUrl = UrlCanonicalizer.Canonicalize(a.Link),
            Language = LanguageDetector.Detect(a.Title + ". " + a.Text),
        }).ToList();

        var (deduped, decisions) = new Deduplicator(config.Content.NearDuplicateDistance).Run(prepared);
        var memory = await SentMemory.LoadAsync(services.Blobs, context.RunId, context.StartedAt, config.Content.SentMemoryDays,
            config.Content.NearDuplicateDistance, ct);
        var unique = new List<Article>();
        foreach (var article in deduped)
        {
            if (memory.Check(article) is { } sent) decisions.Add(sent);
            else unique.Add(article);
        }
        var rules = new ContentRules(config.Content, config.Ads, services.Clock.GetUtcNow());

        var afterContent = new List<Article>();
        foreach (var article in unique)
        {
            if (rules.CheckContent(article) is { } broken) decisions.Add(Drop(article, broken));
            else afterContent.Add(article);
        }
        var candidates = new List<Article>();
        foreach (var article in afterContent)
        {
            if (rules.CheckAds(article) is { } ad) decisions.Add(Drop(article, ad));
            else candidates.Add(article);
        }

        await services.Blobs.WriteJsonLinesAsync(paths.Candidates, candidates.OrderBy(a => a.Id, StringComparer.Ordinal), ct);
        await services.Blobs.WriteJsonLinesAsync(paths.FilterDecisions, decisions.OrderBy(d => d.ArticleId, StringComparer.Ordinal), ct);
        return context with
        {
            Counts = context.Counts with
            {
                Items = raw.Count,
                AfterDedupe = unique.Count,
                AfterContentFilter = afterContent.Count,
                AfterAdDetection = candidates.Count,
            },
        };
    }

    private static Decision Drop(Article article, (string Rule, string Reason) broken) => new()
    {
        ArticleId = article.Id,
        Stage = Stages.Filter,
        Outcome = Outcomes.Dropped,
        Rule = broken.Rule,
        Reason = broken.Reason,
    };
}
