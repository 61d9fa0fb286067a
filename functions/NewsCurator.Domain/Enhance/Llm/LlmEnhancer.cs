using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Enhance.Llm;

/// <summary>What one article's LLM step cost: calls made (0 on a cache hit), tokens and dollars.</summary>
public sealed record LlmUsage(string RunId, string ArticleId, string Model, int Calls, int InputTokens, int OutputTokens, double CostUsd, bool Cached, string Outcome);

/// <summary>The LLM's summary and topics when they passed every check; otherwise null and the reason.</summary>
public sealed record LlmEnhancement(string? Summary, IReadOnlyList<string>? Topics, string Note, LlmUsage Usage);

/// <summary>
/// The optional LLM path of Enhance: one chat call per article that writes a summary and 3-5 topics
/// from the taxonomy as JSON. Replies are cached by (content hash, prompt version, model) in the blob
/// store, so a re-run or a retried state costs nothing. Spending is ledgered per run and per month;
/// once a budget is spent, the extractive path stands and the note says so. A summary whose numbers
/// or names do not occur in the article is not used (faithfulness).
/// </summary>
public sealed partial class LlmEnhancer(IBlobStore blobs, LlmConfig config, ChatClient client, TimeProvider clock)
{
    /// <summary>Bump when the prompt changes: cached replies of another prompt are not reused.</summary>
    public const string PromptVersion = "summary-v1";

    private const string Instructions =
        "You are the editor of a tech newsletter. Answer with one JSON object and nothing else: " +
        "{\"summary\": \"2 or 3 complete sentences that say what the article reports, using only facts, numbers and names from the article\", " +
        "\"topics\": [\"3 to 5 topics, each copied exactly from the allowed list\"]}.";

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{Lu}[\p{L}\p{N}’'&.-]*[\p{L}\p{N}]|\p{Lu}")]
    private static partial Regex Capitalised();

    private static readonly HashSet<string> SentenceStarters = new(
        "The This That These Those It Its A An In On At By For With As And But Or So Overall However Also They We He She Both Each Many Most Some".Split(' '),
        StringComparer.Ordinal);

    public static string CacheKey(Article article, string model)
        => $"cache/llm/{Hashing.ShortHash($"{PromptVersion}\n{model}\n{article.Title}\n{article.Text}", 32)}.json";

    public async Task<LlmEnhancement> EnhanceAsync(string runId, Article article, int maxSentences, int maxTopics, IReadOnlyList<string> taxonomy, CancellationToken ct)
    {
        var cacheKey = CacheKey(article, config.Model);
        string content;
        LlmUsage usage;
        if (await blobs.ReadAsync(cacheKey, ct) is { } cached)
        {
            content = System.Text.Encoding.UTF8.GetString(cached);
            usage = new(runId, article.Id, config.Model, 0, 0, 0, 0, true, "cached");
        }
        else
        {
            var user = Prompt(article, maxTopics, taxonomy);
            var estimate = Cost(user.Length / 4 + Instructions.Length / 4, 400);
            if (await BudgetProblemAsync(runId, article.Id, estimate, ct) is { } spent)
                return await RecordAsync(new(null, null, $"summary: extractive; {spent}", Usage(runId, article, 0, 0, 0, "budget")), ct);
            ChatReply reply;
            try
            {
                reply = await client.CompleteAsync(Instructions, user, ct);
            }
            catch (LlmException ex)
            {
                return await RecordAsync(new(null, null, $"summary: extractive; the LLM call failed ({ex.Message})", Usage(runId, article, 1, 0, 0, "failed")), ct);
            }
            content = reply.Content;
            usage = Usage(runId, article, 1, reply.InputTokens, reply.OutputTokens, "answered");
            // Cache what the model said, valid or not: the same input would get the same verdict, and a re-run must not pay again.
            await blobs.WriteAsync(cacheKey, System.Text.Encoding.UTF8.GetBytes(content), "application/json", ct);
        }
        return await RecordAsync(Validate(content, article, maxSentences, maxTopics, taxonomy, usage), ct);
    }

    private LlmEnhancement Validate(string content, Article article, int maxSentences, int maxTopics, IReadOnlyList<string> taxonomy, LlmUsage usage)
    {
        string? summary;
        List<string> topics;
        try
        {
            using var json = JsonDocument.Parse(content);
            summary = json.RootElement.GetProperty("summary").GetString()?.Trim();
            topics = json.RootElement.TryGetProperty("topics", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new(null, null, $"summary: extractive; the LLM reply is not the JSON asked for ({Words.Truncate(content, 80)})", usage with { Outcome = "malformed" });
        }
        // Only topics of the taxonomy, spelled as the taxonomy spells them, and 3..max of them; else the tagger's stand.
        var valid = topics.Select(t => taxonomy.FirstOrDefault(x => x.Equals(t.Trim(), StringComparison.OrdinalIgnoreCase)))
            .OfType<string>().Distinct(StringComparer.Ordinal).Take(maxTopics).ToList();
        IReadOnlyList<string>? acceptedTopics = valid.Count >= Math.Min(3, maxTopics) ? valid : null;
        if (string.IsNullOrEmpty(summary))
            return new(null, acceptedTopics, "summary: extractive; the LLM reply has no summary", usage with { Outcome = "malformed" });
        if (SummaryChecker.Check(summary, article.Language, maxSentences) is { Count: > 0 } findings)
            return new(null, acceptedTopics, $"summary: extractive; the LLM summary fails the checker ({findings[0].Rule}: {findings[0].Detail})", usage with { Outcome = "rejected" });
        if (Unfaithful(summary, article) is { Count: > 0 } missing)
            return new(null, acceptedTopics, $"summary: extractive; the LLM summary names what the article does not ({string.Join(", ", missing.Take(3))})", usage with { Outcome = "unfaithful" });
        return new(summary, acceptedTopics, $"summary: written by {config.Model} (prompt {PromptVersion})", usage with { Outcome = usage.Cached ? "cached" : "used" });
    }

    /// <summary>Numbers and names in the summary that the article never mentions.</summary>
    public static List<string> Unfaithful(string summary, Article article)
    {
        var source = article.Title + "\n" + article.Text + "\n" + article.Description;
        var missing = Number().Matches(summary).Select(m => m.Value).Where(n => !source.Contains(n, StringComparison.Ordinal)).ToList();
        foreach (var sentence in SentenceSplitter.Split(summary))
        {
            foreach (var match in Capitalised().Matches(sentence).Cast<System.Text.RegularExpressions.Match>())
            {
                var name = match.Value;
                if (name == "I" || source.Contains(name, StringComparison.Ordinal)) continue;
                // The first word is capitalised by grammar: it is a name only if the article has no such word in any case.
                var first = !sentence[..match.Index].Any(char.IsLetter);
                if (first && (SentenceStarters.Contains(name) || source.Contains(name, StringComparison.OrdinalIgnoreCase))) continue;
                missing.Add(name);
            }
        }
        return missing.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Prompt(Article article, int maxTopics, IReadOnlyList<string> taxonomy)
        => $"Allowed topics: {string.Join("; ", taxonomy)}.\nPick 3 to {maxTopics} of them.\n\nTitle: {article.Title}\n\nArticle:\n{(article.Text.Length > 12000 ? article.Text[..12000] : article.Text)}";

    private double Cost(int inputTokens, int outputTokens)
        => inputTokens * config.InputPricePerMillion / 1e6 + outputTokens * config.OutputPricePerMillion / 1e6;

    private LlmUsage Usage(string runId, Article article, int calls, int inputTokens, int outputTokens, string outcome)
        => new(runId, article.Id, config.Model, calls, inputTokens, outputTokens, Cost(inputTokens, outputTokens), false, outcome);

    private string MonthPrefix => $"llm/ledger/{clock.GetUtcNow():yyyy-MM}/";

    /// <summary>Why this call would overspend a budget, or null. Parallel articles may overshoot by one call each.</summary>
    private async Task<string?> BudgetProblemAsync(string runId, string articleId, double estimate, CancellationToken ct)
    {
        var run = await SpentAsync(RunUsagePrefix(runId), $"{articleId}.json", ct);
        if (run + estimate > config.RunBudgetUsd)
            return $"the run's LLM budget is spent (${run.ToString("0.####", CultureInfo.InvariantCulture)} of ${config.RunBudgetUsd.ToString("0.##", CultureInfo.InvariantCulture)})";
        var month = await SpentAsync(MonthPrefix, $"{runId}--{articleId}.json", ct);
        if (month + estimate > config.MonthlyBudgetUsd)
            return $"this month's LLM budget is spent (${month.ToString("0.####", CultureInfo.InvariantCulture)} of ${config.MonthlyBudgetUsd.ToString("0.##", CultureInfo.InvariantCulture)})";
        return null;
    }

    private async Task<double> SpentAsync(string prefix, string exceptSuffix, CancellationToken ct)
    {
        var total = 0.0;
        foreach (var key in await blobs.ListAsync(prefix, ct))
            if (!key.EndsWith(exceptSuffix, StringComparison.Ordinal) && await blobs.ReadJsonAsync<LlmUsage>(key, ct) is { } u) total += u.CostUsd;
        return total;
    }

    public static string RunUsagePrefix(string runId) => $"runs/{runId}/llm/";

    /// <summary>The usage goes to the run (tokens and cost per run) and to the month's ledger (the monthly budget); keyed by article, so a retry overwrites.</summary>
    private async Task<LlmEnhancement> RecordAsync(LlmEnhancement result, CancellationToken ct)
    {
        var u = result.Usage;
        await blobs.WriteJsonAsync($"{RunUsagePrefix(u.RunId)}{u.ArticleId}.json", u, ct);
        if (u.CostUsd > 0) await blobs.WriteJsonAsync($"{MonthPrefix}{u.RunId}--{u.ArticleId}.json", u, ct);
        return result;
    }
}

/// <summary>A run's LLM spending, summed from its per-article usage records (pipeline_runs, analytics and the API show it).</summary>
public sealed record LlmTotals(int Calls, int CachedArticles, int InputTokens, int OutputTokens, double CostUsd)
{
    public static readonly LlmTotals None = new(0, 0, 0, 0, 0);

    public static async Task<LlmTotals> LoadAsync(IBlobStore blobs, string runId, CancellationToken ct)
    {
        var usage = new List<LlmUsage>();
        foreach (var key in await blobs.ListAsync(LlmEnhancer.RunUsagePrefix(runId), ct))
            if (await blobs.ReadJsonAsync<LlmUsage>(key, ct) is { } u) usage.Add(u);
        return new(usage.Sum(u => u.Calls), usage.Count(u => u.Cached), usage.Sum(u => u.InputTokens), usage.Sum(u => u.OutputTokens),
            Math.Round(usage.Sum(u => u.CostUsd), 6));
    }
}
