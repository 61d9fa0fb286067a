using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Select;

public sealed record SelectedArticle(string Id, int Rank, double RankScore, string Reason);

/// <summary>Exactly what Enhance needs of one selected article, written by Select so Enhance reads one small file.</summary>
public sealed record SelectedInput(Article Article, ArticleScore Score, SelectedArticle Selection);

/// <summary>The newsletter's list, in rank order; the decisions for every candidate are in decisions/select.jsonl.</summary>
public sealed record SelectionFile(IReadOnlyList<SelectedArticle> Selected);

/// <summary>
/// From scores to the newsletter's list (<see cref="Selector"/>): reads candidates and scores side by side as
/// streams, writes every candidate's decision as a stream, and hands each selected article to Enhance on its own.
/// </summary>
public sealed class SelectStage(PipelineServices services)
{
    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        await using var decisions = new JsonLinesSpool<Decision>();
        await using var funnelLines = new JsonLinesSpool<FeedFunnel>();
        // Each feed's funnel is counted here, where scoring thresholds and the choice are decided (feed_statistics).
        var funnel = new FeedFunnelTally(funnelLines);
        // Each feed's newest item as it arrived (Filter's funnel), whatever the rules did to it: the run's present.
        var newest = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (await services.Blobs.ExistsAsync(paths.FilterFunnel, ct))
            await foreach (var feed in services.Blobs.StreamJsonLinesAsync<FeedFunnel>(paths.FilterFunnel, ct))
                if (feed.Newest is { } date && (!newest.TryGetValue(feed.FeedUrl, out var seen) || date > seen)) newest[feed.FeedUrl] = date;
        var result = await new Selector(config, asOf: context.StartedAt, feedNewest: newest).ChooseAsync(() => ScoredCandidates(context, paths, ct), decisions.Append,
            (article, passed) => funnel.Add(new FeedFunnel(article.FeedUrl) { PassedQualityScoring = passed ? 1 : 0 }), ct);
        foreach (var (article, _, _) in result.Selected) funnel.Add(new FeedFunnel(article.FeedUrl) { Final = 1 });
        funnel.Flush();
        await funnelLines.CommitAsync(services.Blobs, paths.SelectFunnel, ct);

        foreach (var (article, score, selection) in result.Selected)
            await services.Blobs.WriteJsonAsync(paths.SelectedInput(selection.Id), new SelectedInput(article, score, selection), ct);
        await decisions.CommitAsync(services.Blobs, paths.SelectDecisions, ct);
        await services.Blobs.WriteJsonAsync(paths.Selected, new SelectionFile([.. result.Selected.Select(s => s.Selection)]), ct);
        return context with
        {
            Selected = [.. result.Selected.Select(s => s.Selection.Id)],
            Counts = context.Counts with { AfterScoring = result.PassedScoring, Selected = result.Selected.Count },
        };
    }

    /// <summary>Candidates and their scores, line by line: the scoring job writes scores in the candidates' order (<see cref="Scoring.RunScores"/>).</summary>
    private async IAsyncEnumerable<(Article Article, ArticleScore Score)> ScoredCandidates(RunContext context, RunPaths paths,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var scores = Scoring.RunScores.StreamAsync<ArticleScore>(services.Blobs, context, ct).GetAsyncEnumerator(ct);
        var line = 0;
        await foreach (var article in services.Blobs.StreamJsonLinesAsync<Article>(paths.Candidates, ct))
        {
            line++;
            if (!await scores.MoveNextAsync() || scores.Current.Id != article.Id)
                throw new InvalidDataException($"'{services.Blobs.Describe(paths.Scores)}' does not follow '{services.Blobs.Describe(paths.Candidates)}' at line {line} (candidate '{article.Id}'): re-run Score for this run");
            yield return (article, scores.Current);
        }
        if (await scores.MoveNextAsync())
            throw new InvalidDataException($"'{services.Blobs.Describe(paths.Scores)}' has more lines than the {line} candidates: re-run Score for this run");
    }
}
