namespace NewsCurator.Storage;

/// <summary>The blob layout of one run (docs/ARCHITECTURE.md): every stage reads and writes only these keys.</summary>
public sealed record RunPaths(string RunId)
{
    public string Prefix => $"runs/{RunId}/";
    public string Config => Prefix + "config.json";
    public string FeedShard(int index) => $"{Prefix}feeds/shard-{index:D4}.json";
    /// <summary>The shard keys as one JSON array: the Ingest Distributed Map's ItemReader reads it, so the list never rides in the state.</summary>
    public string ShardManifest => Prefix + "feeds/manifest.json";
    /// <summary>Where the Ingest Map Run's ResultWriter puts its child executions' records ({prefix}/{map run id}/...).</summary>
    public string IngestResultsPrefix => Prefix + "ingest";
    public string RawShard(string shardKey) => shardKey.Replace("/feeds/", "/raw/", StringComparison.Ordinal).Replace(".json", ".jsonl", StringComparison.Ordinal);
    public string RawPrefix => Prefix + "raw/";
    public string FeedOutcomes(string shardKey) => RawShard(shardKey).Replace(".jsonl", ".feeds.json", StringComparison.Ordinal);
    public string Candidates => Prefix + "candidates.jsonl";
    public string FilterDecisions => Prefix + "decisions/filter.jsonl";
    /// <summary>Each feed's funnel as Filter counted it (<see cref="Model.FeedFunnel"/> lines); Select's is beside it.</summary>
    public string FilterFunnel => Prefix + "funnel/filter.jsonl";
    public string SelectFunnel => Prefix + "funnel/select.jsonl";
    public string Scores => Prefix + "scores.jsonl";
    /// <summary>What child <paramref name="index"/> of a GPU array job scored: candidate lines index, index + n, index + 2n, ...</summary>
    public string ScoresPartition(int index) => $"{Prefix}scores/part-{index:D4}.jsonl";
    public string Selected => Prefix + "selected.json";
    public string SelectDecisions => Prefix + "decisions/select.jsonl";
    /// <summary>One selected article with its score and rank: all Enhance reads for it.</summary>
    public string SelectedInput(string articleId) => $"{Prefix}selected/{articleId}.json";
    public string Enhanced(string articleId) => $"{Prefix}enhanced/{articleId}.json";
    public string NewsletterHtml => Prefix + "newsletter/newsletter.html";
    public string NewsletterText => Prefix + "newsletter/newsletter.txt";
    public string NewsletterMeta => Prefix + "newsletter/newsletter.json";
    public string SummaryCheck => Prefix + "newsletter/summary_check.json";
    public string Export(string file) => $"{Prefix}export/{file}";
    public string Failure => Prefix + "failure.json";
    /// <summary>The stories the issue carries, as Export lists them; Deliver files them under state/sent/ once the issue has gone out.</summary>
    public string StoriesToRemember => Prefix + "sent-stories.json";
    /// <summary>What one stage spent (LLM calls, GPU time): a <see cref="StageCost"/>; Export sums them into pipeline_runs.</summary>
    public string Cost(string stage) => $"{CostPrefix}{stage}.json";
    public string CostPrefix => Prefix + "costs/";

    /// <summary>Run ids become key segments and row keys: keep them to a safe alphabet.</summary>
    public static string ValidateRunId(string runId)
    {
        // A letter or digit first: the id names S3 keys, rows, the execution and the Batch job ("score-{id}").
        if (runId.Length is 0 or > 80 || !char.IsAsciiLetterOrDigit(runId[0]) || !runId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ArgumentException($"run id '{runId}' is invalid: use 1-80 characters of letters, digits, '-' or '_', starting with a letter or digit (it names S3 keys, rows and the Batch job)");
        return runId;
    }
}
