using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsCurator.Configuration;

/// <summary>Loads pipeline.yaml strictly. Any problem throws <see cref="ConfigurationException"/> before a run starts.</summary>
public static class ConfigLoader
{
    public static PipelineConfig Parse(string yaml, string sourceName)
    {
        var problems = new List<string>();
        YamlNode? root = null;
        try
        {
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
            Ads = new AdsConfig { Patterns = top.Child("ads").StringList("patterns", defaults.Ads.Patterns) },
            Scoring = ReadScoring(top.Child("scoring"), defaults.Scoring),
            Select = ReadSelect(top.Child("select"), defaults.Select),
            Enhance = ReadEnhance(top.Child("enhance"), defaults.Enhance),
            Newsletter = ReadNewsletter(top.Child("newsletter"), defaults.Newsletter),
            Export = new ExportConfig
            {
                Formats = top.Child("export").StringList("formats", defaults.Export.Formats, ExportConfig.Supported),
            },
        };
        top.RejectUnknownKeys();

        if (config.Feeds.Opml is null && config.Feeds.Urls.Count == 0)
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

    private static FetchConfig ReadFetch(YamlSection s, FetchConfig d) => new()
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
    };

    private static ContentConfig ReadContent(YamlSection s, ContentConfig d) => new()
    {
        Languages = s.StringList("languages", d.Languages).Select(l => l.ToLowerInvariant()).ToList(),
        MinLength = s.Int("min_length", d.MinLength, 0, 100_000),
        Blocklist = s.StringList("blocklist", d.Blocklist),
        MaxAgeDays = s.Int("max_age_days", d.MaxAgeDays, 0, 36_500),
        NearDuplicateDistance = s.Int("near_duplicate_distance", d.NearDuplicateDistance, 0, 64),
        SentMemoryDays = s.Int("sent_memory_days", d.SentMemoryDays, 0, 3650),
    };

    private static ScoringConfig ReadScoring(YamlSection s, ScoringConfig d) => new()
    {
        MinRelevance = s.Double("min_relevance", d.MinRelevance, 0, 10),
        MinQuality = s.Double("min_quality", d.MinQuality, 0, 10),
        MaxAdProbability = s.Double("max_ad_probability", d.MaxAdProbability, 0, 1),
        GpuThreshold = s.Int("gpu_threshold", d.GpuThreshold, 0, int.MaxValue),
        Model = s.String("model", d.Model),
    };

    private static SelectConfig ReadSelect(YamlSection s, SelectConfig d) => new()
    {
        MaxArticles = s.Int("max_articles", d.MaxArticles, 1, 200),
        PerFeedCap = s.Int("per_feed_cap", d.PerFeedCap, 1, 200),
        RelevanceWeight = s.Double("relevance_weight", d.RelevanceWeight, 0, 1),
        MaxTitleSimilarity = s.Double("max_title_similarity", d.MaxTitleSimilarity, 0, 1),
        MaxEmbeddingSimilarity = s.Double("max_embedding_similarity", d.MaxEmbeddingSimilarity, 0, 1),
        PriorityWeight = s.Double("priority_weight", d.PriorityWeight, 0, 10),
    };

    private static EnhanceConfig ReadEnhance(YamlSection s, EnhanceConfig d) => new()
    {
        SummaryLength = s.Int("summary_length", d.SummaryLength, 1, 10),
        MaxTopics = s.Int("max_topics", d.MaxTopics, 1, 10),
        PreviewLength = s.Int("preview_length", d.PreviewLength, 40, 1000),
        WordsPerMinute = s.Int("words_per_minute", d.WordsPerMinute, 50, 1000),
    };

    private static NewsletterConfig ReadNewsletter(YamlSection s, NewsletterConfig d) => new()
    {
        Title = s.String("title", d.Title) ?? d.Title,
        Templates = s.String("templates", d.Templates),
    };
}
