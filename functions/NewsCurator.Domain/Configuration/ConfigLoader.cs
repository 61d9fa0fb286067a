using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NewsCurator.Configuration;

/// <summary>Loads pipeline.yaml strictly. Any problem throws <see cref="ConfigurationException"/> before a run starts.</summary>
public static class ConfigLoader
{
    /// <summary>
    /// Loading the YAML tree recurses per level: a flow mapping nested 20,000 deep ("{a: {a: ...}}", 100 KB), or a block
    /// sequence ("- - - - ... x", 200 KB, which no bracket count sees), overflowed the stack and killed the process without
    /// a word. The pipeline's settings nest a few levels.
    /// </summary>
    private const int MaxNesting = 64;

    /// <summary>
    /// How many characters of settings aliases ("*name") may repeat. An alias is a reference while the file loads, but
    /// every reader of a list copies it: a 290 KB file naming a 200 KB anchor 20,000 times in content.blocklist grew the
    /// run to 4 GB and failed it with OutOfMemoryException after it had started. A shared list of phrases is far less.
    /// </summary>
    private const long MaxAliasedLength = 1_000_000;

    /// <summary>
    /// Why the document's shape is refused, or null: read off the parser's events (the parser keeps its states on a heap
    /// stack; only loading the tree recurses), so it stops at the first level past <see cref="MaxNesting"/>, flow or block,
    /// and counts each alias at its anchor's size, before anything is loaded or copied.
    /// </summary>
    private static string? ShapeProblem(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(string? Anchor, long From)>();
        var anchorLength = new Dictionary<string, long>(StringComparer.Ordinal);
        long length = 0, aliased = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    length += scalar.Value.Length + 1;
                    if (!scalar.Anchor.IsEmpty) anchorLength[scalar.Anchor.Value] = scalar.Value.Length + 1;
                    break;
                case MappingStart or SequenceStart:
                    var start = (NodeEvent)parser.Current;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, length));
                    if (open.Count > MaxNesting) return $"settings nest more than {MaxNesting} levels deep; no pipeline setting nests beyond a few";
                    break;
                case MappingEnd or SequenceEnd when open.Count > 0:
                    var (anchor, from) = open.Pop();
                    if (anchor is not null) anchorLength[anchor] = length - from;
                    break;
                case AnchorAlias alias:
                    var repeated = anchorLength.GetValueOrDefault(alias.Value.Value) + 1;
                    length += repeated;
                    if ((aliased += repeated) > MaxAliasedLength)
                        return $"aliases (*{alias.Value.Value}, line {alias.Start.Line}) repeat more than 1,000,000 characters of settings; no pipeline setting needs that many: write the values out";
                    break;
            }
        }
        return null;
    }

    public static PipelineConfig Parse(string yaml, string sourceName)
    {
        var problems = new List<string>();
        YamlNode? root;
        try
        {
            if (ShapeProblem(yaml) is { } shape) throw new ConfigurationException(sourceName, [shape]);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 1)
                problems.Add("the file holds more than one YAML document; keep one");
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException(sourceName,
                [$"not valid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}"]);
        }

        var top = new YamlSection("", root, problems);
        var defaults = new PipelineConfig();
        var config = new PipelineConfig
        {
            Feeds = ReadFeeds(top.Child("feeds"), defaults.Feeds),
            Fetch = ReadFetch(top.Child("fetch"), defaults.Fetch),
            Content = ReadContent(top.Child("content"), defaults.Content),
            Ads = AdsConfig.Read(top.Child("ads"), defaults.Ads),
            Scoring = ReadScoring(top.Child("scoring"), defaults.Scoring),
            Profile = ProfileConfig.Read(top.Child("profile"), defaults.Profile),
            Select = ReadSelect(top.Child("select"), defaults.Select),
            Enhance = ReadEnhance(top.Child("enhance"), defaults.Enhance),
            Newsletter = ReadNewsletter(top.Child("newsletter"), defaults.Newsletter),
            Export = new ExportConfig
            {
                Formats = top.Child("export").StringList("formats", defaults.Export.Formats, ExportConfig.Supported),
            },
            Delivery = ReadDelivery(top.Child("delivery"), defaults.Delivery),
        };
        top.RejectUnknownKeys();

        // An empty path resolves to the folder (or the config file itself), whose error would name neither the key nor the fix.
        if (config.Feeds.Opml is { } opml && string.IsNullOrWhiteSpace(opml))
            problems.Add("feeds.opml is empty: name an OPML file (relative to this config file) or remove the key and list URLs under 'feeds.urls'");
        else if (config.Feeds.Opml is null && config.Feeds.Urls.Count == 0)
            problems.Add("no feeds: set 'feeds.opml' to an OPML file or list URLs under 'feeds.urls'");
        if (problems.Count > 0) throw new ConfigurationException(sourceName, problems);
        return config;
    }

    public static PipelineConfig Load(string path)
    {
        if (!File.Exists(path))
            throw new ConfigurationException($"{path}: configuration file not found; pass --config with an existing pipeline.yaml");
        return Parse(File.ReadAllText(path), path);
    }

    private static FeedsConfig ReadFeeds(YamlSection s, FeedsConfig d) => new()
    {
        Opml = s.String("opml", d.Opml),
        Urls = s.StringList("urls", d.Urls),
        ShardSize = s.Int("shard_size", d.ShardSize, 1, 500),
    };

    private static FetchConfig ReadFetch(YamlSection s, FetchConfig d)
    {
        var config = ReadFetchValues(s, d);
        ConfigValueChecks.UserAgent(s, "user_agent", config.UserAgent);
        ConfigValueChecks.OneFeedsWorstCase(s, config);
        ConfigValueChecks.PrivateHosts(s, "allow_private_hosts", config.AllowPrivateHosts);
        return config;
    }

    private static FetchConfig ReadFetchValues(YamlSection s, FetchConfig d) => new()
    {
        TimeoutSeconds = s.Int("timeout_seconds", d.TimeoutSeconds, 1, 300),
        MaxConcurrency = s.Int("max_concurrency", d.MaxConcurrency, 1, 256),
        MaxPerHost = s.Int("max_per_host", d.MaxPerHost, 1, 64),
        BackoffAfterFailures = s.Int("backoff_after_failures", d.BackoffAfterFailures, 1, 1000),
        MaxBodyBytes = s.Long("max_body_bytes", d.MaxBodyBytes, 1024, 200L * 1024 * 1024),
        Retries = s.Int("retries", d.Retries, 0, 10),
        UserAgent = s.String("user_agent", d.UserAgent) ?? d.UserAgent,
        AllowFileUrls = s.Bool("allow_file_urls", d.AllowFileUrls),
        AllowPrivateHosts = s.StringList("allow_private_hosts", d.AllowPrivateHosts),
        UseProxy = s.Bool("use_proxy", d.UseProxy),
        AutoFullText = s.Bool("auto_full_text", d.AutoFullText),
    };

    private static ContentConfig ReadContent(YamlSection s, ContentConfig d)
    {
        var config = ReadContentValues(s, d);
        ConfigValueChecks.Languages(s, "languages", config.Languages);
        return config;
    }

    private static ContentConfig ReadContentValues(YamlSection s, ContentConfig d) => new()
    {
        Languages = s.StringList("languages", d.Languages).Select(l => l.ToLowerInvariant()).ToList(),
        MinLength = s.Int("min_length", d.MinLength, 0, 100_000),
        Blocklist = s.PhraseList("blocklist", d.Blocklist),
        MaxAgeDays = s.Int("max_age_days", d.MaxAgeDays, 0, 36_500),
        NearDuplicateDistance = s.Int("near_duplicate_distance", d.NearDuplicateDistance, 0, 64),
        SentMemoryDays = s.Int("sent_memory_days", d.SentMemoryDays, 0, 3650),
        RequireLink = s.Bool("require_link", d.RequireLink),
        StatusUpdates = s.Bool("status_updates", d.StatusUpdates),
    };

    private static ScoringConfig ReadScoring(YamlSection s, ScoringConfig d) => new()
    {
        MinRelevance = s.Double("min_relevance", d.MinRelevance, 0, 10),
        MinQuality = s.Double("min_quality", d.MinQuality, 0, 10),
        MaxAdProbability = s.Double("max_ad_probability", d.MaxAdProbability, 0, 1),
        GpuThreshold = s.Int("gpu_threshold", d.GpuThreshold, 0, int.MaxValue),
        GpuItemsPerSecond = s.Int("gpu_items_per_second", d.GpuItemsPerSecond, 1, 10_000_000),
        GpuPartitionMinutes = s.Int("gpu_partition_minutes", d.GpuPartitionMinutes, 1, 600),
        MaxGpuPartitions = s.Int("max_gpu_partitions", d.MaxGpuPartitions, 1, 10_000),
        Model = s.String("model", d.Model),
        CpuPrecision = s.Choice("cpu_precision", d.CpuPrecision, CpuPrecisions.All),
    };

    private static SelectConfig ReadSelect(YamlSection s, SelectConfig d) => new()
    {
        MaxArticles = s.Int("max_articles", d.MaxArticles, 1, 200),
        PerFeedCap = s.Int("per_feed_cap", d.PerFeedCap, 1, 200),
        RelevanceWeight = s.Double("relevance_weight", d.RelevanceWeight, 0, 1),
        MaxTitleSimilarity = s.Double("max_title_similarity", d.MaxTitleSimilarity, 0, 1),
        MaxEmbeddingSimilarity = s.Double("max_embedding_similarity", d.MaxEmbeddingSimilarity, 0, 1),
        PriorityWeight = s.Double("priority_weight", d.PriorityWeight, 0, 10),
        RecencyWeight = s.Double("recency_weight", d.RecencyWeight, 0, 10),
        RecencyHalfLifeHours = s.Double("recency_half_life_hours", d.RecencyHalfLifeHours, 1, 24 * 365),
        StaleAfterDays = s.Double("stale_after_days", d.StaleAfterDays, 1, 36_500),
        StaleWeight = s.Double("stale_weight", d.StaleWeight, 0, 10),
        MinScore = s.Double("min_score", d.MinScore, -100, 100),
        MaxStaleDays = s.Double("max_stale_days", d.MaxStaleDays, 0, 36_500),
        MaxReleaseAgeDays = s.Double("max_release_age_days", d.MaxReleaseAgeDays, 0, 36_500),
        NearStorySimilarity = s.Double("near_story_similarity", d.NearStorySimilarity, 0, 1),
        NearStoryPenalty = s.Double("near_story_penalty", d.NearStoryPenalty, 0, 10),
        ShortIssueQualityMargin = s.Double("short_issue_quality_margin", d.ShortIssueQualityMargin, 0, 1),
    };

    private static EnhanceConfig ReadEnhance(YamlSection s, EnhanceConfig d) => new()
    {
        SummaryLength = s.Int("summary_length", d.SummaryLength, 1, 10),
        MaxTopics = s.Int("max_topics", d.MaxTopics, 1, 10),
        PreviewLength = s.Int("preview_length", d.PreviewLength, 40, 1000),
        WordsPerMinute = s.Int("words_per_minute", d.WordsPerMinute, 50, 1000),
        Llm = ReadLlm(s.Child("llm"), d.Llm),
    };

    private static DeliveryConfig ReadDelivery(YamlSection s, DeliveryConfig d)
    {
        var smtp = s.Child("smtp");
        var config = new DeliveryConfig
        {
            Enabled = s.Bool("enabled", d.Enabled),
            Mode = s.Choice("mode", d.Mode, DeliveryModes.All),
            From = s.String("from", d.From) ?? d.From,
            Recipients = s.StringList("recipients", d.Recipients),
            RecipientsFile = s.String("recipients_file", d.RecipientsFile),
            ListUnsubscribe = s.String("list_unsubscribe", d.ListUnsubscribe),
            Smtp = new SmtpConfig
            {
                Host = smtp.String("host", d.Smtp.Host) ?? d.Smtp.Host,
                Port = smtp.Int("port", d.Smtp.Port, 1, 65535),
                Security = smtp.Choice("security", d.Smtp.Security, ["starttls", "ssl", "none"]),
                Username = smtp.String("username", d.Smtp.Username),
                PasswordEnv = smtp.String("password_env", d.Smtp.PasswordEnv) ?? d.Smtp.PasswordEnv,
                PasswordSecret = smtp.String("password_secret", d.Smtp.PasswordSecret),
                TimeoutSeconds = smtp.Int("timeout_seconds", d.Smtp.TimeoutSeconds, 1, 300),
            },
        };
        // A password sent over a plain connection crosses the network readable by anyone on the way (hostile-input audit 29, H5).
        if (config.Smtp.Security == "none" && config.Smtp.Username is { Length: > 0 } && !IsLoopback(config.Smtp.Host))
            smtp.Problem("security", $"is none with a username: the password would cross the network to {config.Smtp.Host} in clear text; use starttls or ssl (none is for a relay on this machine, 127.0.0.1)");
        if (!DeliveryConfig.IsAddress(config.From)) s.Problem("from", $"is '{config.From}', not an e-mail address (write \"Name <name@example.org>\")");
        foreach (var r in config.Recipients.Where(r => !DeliveryConfig.IsAddress(r)))
            s.Problem("recipients", $"has '{r}', not an e-mail address");
        if (config.Enabled)
        {
            if (config.Recipients.Count == 0 && config.RecipientsFile is null)
                s.Problem("recipients", "is empty: list addresses or set delivery.recipients_file (or set delivery.enabled: false)");
            if (config.ListUnsubscribe is null || !Uri.TryCreate(config.ListUnsubscribe.Replace("{email}", "x", StringComparison.Ordinal), UriKind.Absolute, out var u)
                || u.Scheme is not ("mailto" or "https"))
                s.Problem("list_unsubscribe", "must be a mailto: or https: URL (every newsletter carries List-Unsubscribe)");
        }
        return config;
    }

    private static LlmConfig ReadLlm(YamlSection s, LlmConfig d)
    {
        var config = new LlmConfig
        {
            Enabled = s.Bool("enabled", d.Enabled),
            BaseUrl = s.String("base_url", d.BaseUrl) ?? d.BaseUrl,
            Model = s.String("model", d.Model) ?? d.Model,
            ApiKeyEnv = s.String("api_key_env", d.ApiKeyEnv) ?? d.ApiKeyEnv,
            ApiKeySecret = s.String("api_key_secret", d.ApiKeySecret),
            TimeoutSeconds = s.Int("timeout_seconds", d.TimeoutSeconds, 1, 600),
            Retries = s.Int("retries", d.Retries, 0, 10),
            MaxConcurrency = s.Int("max_concurrency", d.MaxConcurrency, 1, 64),
            MaxOutputTokens = s.Int("max_output_tokens", d.MaxOutputTokens, 0, 65_536),
            InputPricePerMillion = s.Double("input_price_per_million", d.InputPricePerMillion, 0, 1000),
            OutputPricePerMillion = s.Double("output_price_per_million", d.OutputPricePerMillion, 0, 1000),
            RunBudgetUsd = s.Double("run_budget_usd", d.RunBudgetUsd, 0, 10000),
            MonthlyBudgetUsd = s.Double("monthly_budget_usd", d.MonthlyBudgetUsd, 0, 100000),
        };
        if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            s.Problem("base_url", $"is '{Ingest.UrlDisplay.Of(config.BaseUrl)}'; use the http(s) URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1");
        return config;
    }

    private static bool IsLoopback(string host)
        => host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));

    private static NewsletterConfig ReadNewsletter(YamlSection s, NewsletterConfig d)
    {
        var config = new NewsletterConfig
        {
            Title = (s.String("title", d.Title) ?? d.Title).Trim(),
            Templates = s.String("templates", d.Templates),
            SubjectLineStyle = s.Choice("subject_line_style", d.SubjectLineStyle, NewsletterConfig.SubjectLineStyles),
        };
        ConfigValueChecks.Title(s, "title", config.Title);
        return config;
    }
}
