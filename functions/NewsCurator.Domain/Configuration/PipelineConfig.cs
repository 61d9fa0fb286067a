namespace NewsCurator.Configuration;

/// <summary>
/// Everything a user tunes, resolved and validated before a run starts. The YAML keys are the
/// snake_case of these names (see config/pipeline.yaml); defaults here are the embedded defaults.
/// </summary>
public sealed record PipelineConfig
{
    public FeedsConfig Feeds { get; init; } = new();
    public FetchConfig Fetch { get; init; } = new();
    public ContentConfig Content { get; init; } = new();
    public AdsConfig Ads { get; init; } = new();
    public ScoringConfig Scoring { get; init; } = new();
    public SelectConfig Select { get; init; } = new();
    public EnhanceConfig Enhance { get; init; } = new();
    public NewsletterConfig Newsletter { get; init; } = new();
    public ExportConfig Export { get; init; } = new();
}

public sealed record FeedsConfig
{
    /// <summary>OPML file with the feed list, relative to the config file.</summary>
    public string? Opml { get; init; }
    /// <summary>Feed URLs listed inline (added to the OPML's).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];
    /// <summary>Feeds per Ingest shard (one Map iteration, one Lambda invocation).</summary>
    public int ShardSize { get; init; } = 10;
    /// <summary>Resolved by StartRun: the final feed list.</summary>
    public IReadOnlyList<Model.FeedSource> Resolved { get; init; } = [];
}

public sealed record FetchConfig
{
    public int TimeoutSeconds { get; init; } = 20;
    public int MaxConcurrency { get; init; } = 8;
    /// <summary>Connections to one host at a time: politeness towards publishers with many feeds.</summary>
    public int MaxPerHost { get; init; } = 2;
    /// <summary>After this many failures in a row a feed is fetched less and less often (and reported as backed off).</summary>
    public int BackoffAfterFailures { get; init; } = 3;
    public long MaxBodyBytes { get; init; } = 10 * 1024 * 1024;
    public int Retries { get; init; } = 2;
    public string UserAgent { get; init; } = "NewsCurator/1.0 (+https://github.com/newscurator)";
    /// <summary>file: URLs are for local runs only; never enable them where feeds come from users.</summary>
    public bool AllowFileUrls { get; init; }
    /// <summary>Hosts/IPs exempt from the SSRF guard (loopback test servers, an intranet feed).</summary>
    public IReadOnlyList<string> AllowPrivateHosts { get; init; } = [];
    /// <summary>Fetch through the system proxy (HTTP_PROXY/HTTPS_PROXY); off by default, since the guard then sees only the proxy.</summary>
    public bool UseProxy { get; init; }
}

public sealed record ContentConfig
{
    /// <summary>ISO 639-1 codes; empty means any language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];
    /// <summary>Minimum characters of title + text.</summary>
    public int MinLength { get; init; } = 200;
    /// <summary>Words or phrases (case-insensitive, whole words) that drop an item.</summary>
    public IReadOnlyList<string> Blocklist { get; init; } = [];
    /// <summary>0 = off. Items older than this many days (by published date) are dropped.</summary>
    public int MaxAgeDays { get; init; }
    /// <summary>Titles this similar (SimHash bits apart, 0-64) count as the same story.</summary>
    public int NearDuplicateDistance { get; init; } = 3;
    /// <summary>A story sent in a newsletter within this many days is not sent again (0 = no memory).</summary>
    public int SentMemoryDays { get; init; } = 14;
}

public sealed record AdsConfig
{
    /// <summary>Phrases that mark paid or promotional content (case-insensitive).</summary>
    public IReadOnlyList<string> Patterns { get; init; } =
        ["sponsored", "sponsor:", "[sponsor]", "advertisement", "advertorial", "paid post", "promo code",
         "coupon code", "affiliate link", "partner content", "use code", "limited time offer", "% off"];
}

public sealed record ScoringConfig
{
    /// <summary>0-10.</summary>
    public double MinRelevance { get; init; } = 4.0;
    /// <summary>0-10.</summary>
    public double MinQuality { get; init; } = 3.0;
    /// <summary>0-1: at or above, the scorer's ad verdict drops the item.</summary>
    public double MaxAdProbability { get; init; } = 0.5;
    /// <summary>Above this many candidates the GPU Batch job scores; otherwise the CPU path.</summary>
    public int GpuThreshold { get; init; } = 5000;
    /// <summary>The trained model file (relative to the config file). Without one, the rules scorer is the explicit fallback.</summary>
    public string? Model { get; init; }
}

public sealed record SelectConfig
{
    public int MaxArticles { get; init; } = 20;
    public int PerFeedCap { get; init; } = 3;
    /// <summary>Weight of relevance vs quality in the ranking score (0-1).</summary>
    public double RelevanceWeight { get; init; } = 0.6;
    /// <summary>Titles with word overlap (Jaccard) at or above this are the same story for diversity.</summary>
    public double MaxTitleSimilarity { get; init; } = 0.5;
    /// <summary>Rank points per unit of a feed's OPML priority (0 = publishers are equal).</summary>
    public double PriorityWeight { get; init; } = 0.25;
    /// <summary>Model embeddings this close (cosine) are the same story for diversity.</summary>
    public double MaxEmbeddingSimilarity { get; init; } = 0.97;
}

public sealed record EnhanceConfig
{
    /// <summary>Sentences in the extractive summary (2-3 reads best).</summary>
    public int SummaryLength { get; init; } = 3;
    public int MaxTopics { get; init; } = 5;
    public int PreviewLength { get; init; } = 200;
    public int WordsPerMinute { get; init; } = 230;
}

public sealed record NewsletterConfig
{
    public string Title { get; init; } = "The Tech & AI Brief";
    /// <summary>Folder with newsletter.html.hbs / newsletter.txt.hbs overriding the embedded templates.</summary>
    public string? Templates { get; init; }
}

public sealed record ExportConfig
{
    public IReadOnlyList<string> Formats { get; init; } = ["json", "csv", "sql", "analytics"];

    public static readonly IReadOnlyList<string> Supported = ["json", "csv", "sql", "analytics"];
}
