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
    public ProfileConfig Profile { get; init; } = new();
    public SelectConfig Select { get; init; } = new();
    public EnhanceConfig Enhance { get; init; } = new();
    public NewsletterConfig Newsletter { get; init; } = new();
    public ExportConfig Export { get; init; } = new();
    public DeliveryConfig Delivery { get; init; } = new();
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
    /// <summary>The Ingest step's time (its Lambda's timeout in PipelineWiring; a test holds the two equal).</summary>
    public const int IngestStepSeconds = 600;

    /// <summary>The longest a run waits between two tries when a server asks it to (the fetcher's and LLM client's RetryAfter.MaxWait).</summary>
    public const int MaxRetryWaitSeconds = 30;

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
    /// <summary>
    /// Read each article's page (as an outline's fullText="true" does) for a feed whose items are mostly teasers or
    /// one-line deks: such feeds otherwise yield no story. Off by default: it fetches pages, which a run on files must not.
    /// </summary>
    public bool AutoFullText { get; init; }
}

public sealed record ContentConfig
{
    /// <summary>ISO 639-1 codes; empty means any language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];
    /// <summary>
    /// Characters of title and text below which an item is too thin for a story (a teaser, a link, a one-liner:
    /// no 2-3 sentence summary can come of it). 300 (about 50 words): on the labelled English items, 1 relevant
    /// item of quality 3 or more is under it against 135 others (200 kept them all).
    /// </summary>
    public int MinLength { get; init; } = 300;
    /// <summary>Words or phrases (case-insensitive, whole words) that drop an item.</summary>
    public IReadOnlyList<string> Blocklist { get; init; } = [];
    /// <summary>0 = off. Items older than this many days (by published date) are dropped.</summary>
    public int MaxAgeDays { get; init; }
    /// <summary>Titles this similar (SimHash bits apart, 0-64) count as the same story.</summary>
    public int NearDuplicateDistance { get; init; } = 3;
    /// <summary>A story sent in a newsletter within this many days is not sent again (0 = no memory).</summary>
    public int SentMemoryDays { get; init; } = 14;
    /// <summary>
    /// An item without an http(s) link is dropped (rule no_link): a newsletter story needs a page to send its
    /// reader to. False keeps them (a local file link then stands in, and the newsletter shows no link).
    /// </summary>
    public bool RequireLink { get; init; } = true;

    /// <summary>
    /// A status page's incident and maintenance notices are dropped (rule status_update, <see cref="Filter.StatusUpdates"/>):
    /// one vendor's operations log. True keeps them (an operations newsletter).
    /// </summary>
    public bool StatusUpdates { get; init; }
}

public sealed record AdsConfig
{
    /// <summary>
    /// Phrases that mark the item itself as paid or promotional (case-insensitive, whole words where they
    /// begin or end with a letter or digit), looked for in the title, the byline, the categories and the opening
    /// lines. Not the bare word "sponsored" (podcast notes: "this episode is sponsored by"; sponsored
    /// research; "state-sponsored") nor "use code" (prose in a tech feed: "it can use code that is too
    /// old"; podcast sponsor reads): both are editorial there.
    /// </summary>
    public IReadOnlyList<string> Patterns { get; init; } =
        ["sponsored post", "sponsored content", "this post is sponsored", "this article is sponsored", "sponsor:", "[sponsor]",
         "advertisement", "advertorial", "paid post", "promo code", "coupon code", "affiliate link", "partner content",
         "limited time offer", "% off"];

    /// <summary>
    /// Kinds of classified ad recognised by meaning (encoder scorer only): an article whose title or
    /// body comes within <see cref="AdListing.MinSimilarity"/> cosine of one of a kind's phrases is an
    /// ad whatever the ad head says, and the decision names the kind. For ads unlike any the heads were
    /// trained on: a housing listing reads like no sponsored post. Empty: none.
    /// </summary>
    public IReadOnlyList<AdListing> Listings { get; init; } = [];

    /// <summary>
    /// Job postings are ads (as the labels count them): a title with a hiring label, or a role over a text
    /// that says how to apply and reads like a posting (<see cref="Filter.JobPosting"/>). False for a
    /// newsletter that lists jobs in its own section.
    /// </summary>
    public bool JobPostings { get; init; } = true;

    internal static AdsConfig Read(YamlSection s, AdsConfig d)
    {
        var listings = PhraseGroups.Read(s, "listings", "kind of listing", "[apartment for rent, house for sale]",
            (section, name, phrases) => new AdListing(name, section.Double("min_similarity", 0, 0, 1), phrases));
        for (var i = 0; i < listings.Count; i++)
            if (listings[i].MinSimilarity <= 0) s.Problem($"listings[{i}].min_similarity", "is missing: the cosine at which an article counts as this kind of ad, e.g. 0.3 (measure it: NewsCurator.Scoring.Batch validate-ad-listings)");
        return new AdsConfig
        {
            Patterns = s.PhraseList("patterns", d.Patterns),
            Listings = listings.Count > 0 ? listings : d.Listings,
            JobPostings = s.Bool("job_postings", d.JobPostings),
        };
    }
}

/// <param name="Name">What the decision record calls the kind ("housing").</param>
/// <param name="MinSimilarity">0-1: the cosine to one of the phrases from which an article is this kind of ad.</param>
/// <param name="Phrases">A few descriptions of the kind of ad, embedded like the profile's interests.</param>
public sealed record AdListing(string Name, double MinSimilarity, IReadOnlyList<string> Phrases);

public sealed record ScoringConfig
{
    /// <summary>0-10.</summary>
    public double MinRelevance { get; init; } = 4.0;
    /// <summary>0-10.</summary>
    public double MinQuality { get; init; } = 3.0;
    /// <summary>0-1: at or above, the scorer's ad verdict drops the item.</summary>
    public double MaxAdProbability { get; init; } = 0.5;
    /// <summary>
    /// Above this many candidates the GPU Batch job scores; otherwise the CPU path. 11,000: where 5
    /// minutes of Batch start-up cost less than the Score Lambda's CPU (3,008 MB, about 1.7 vCPU) at the
    /// end-to-end rate `bench-encoder` measures (scorer v4: 44.7 articles/s on 2 cores; EXPERIMENTS.md).
    /// </summary>
    public int GpuThreshold { get; init; } = 11_000;
    /// <summary>
    /// What one GPU job scores per second: the planning figure behind the partition count (measure it
    /// on the target instance with `NewsCurator.Scoring.Batch bench-encoder`; docs/SCALE.md).
    /// </summary>
    public int GpuItemsPerSecond { get; init; } = 2000;
    /// <summary>How long one GPU job should run at most: above GpuItemsPerSecond x this, the candidates are split into partitions.</summary>
    public int GpuPartitionMinutes { get; init; } = 15;
    /// <summary>At most this many GPU jobs at once (an array job's size); the compute environments' MaxvCpus must hold them.</summary>
    public int MaxGpuPartitions { get; init; } = 8;
    /// <summary>The trained model file (relative to the config file). Without one, the rules scorer is the explicit fallback.</summary>
    public string? Model { get; init; }
    /// <summary>
    /// The encoder's arithmetic on a CPU (Score Lambda, local runs): "fp32", or "int8" (the weights
    /// quantised when the encoder loads, <see cref="Scoring.Encoder.OnnxQuantizer"/>): 1.3-1.6x
    /// faster here with the same top 20, but its activation scale is one per batch, so an article's
    /// score moves slightly with the articles batched beside it (a retried run may rank a tie
    /// differently). fp32 stays the default for that reason; batch-gpu/model/EXPERIMENTS.md has both measured.
    /// </summary>
    public string CpuPrecision { get; init; } = CpuPrecisions.Fp32;
}

public static class CpuPrecisions
{
    public const string Fp32 = "fp32";
    public const string Int8 = "int8";
    public static readonly string[] All = [Fp32, Int8];
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
    /// <summary>
    /// Model embeddings this close (cosine) are the same story for diversity. 0.9 for the sentence encoder:
    /// on the labelled items 108 of the 109 pairs sharing a dupkey are at or above it, and most other pairs
    /// there are the same story retold by another source or a templated post (batch-gpu/model/EXPERIMENTS.md).
    /// </summary>
    public double MaxEmbeddingSimilarity { get; init; } = 0.9;
    /// <summary>
    /// Model embeddings at least this close (cosine), but under <see cref="MaxEmbeddingSimilarity"/>, make a story near one
    /// already chosen (one trend's explainer, its quip and its how-to): it pays <see cref="NearStoryPenalty"/> in rank and takes
    /// no place past per_feed_cap beside its publisher's near story (held-out review 85, F1). 0.65 for the sentence encoder: on
    /// the labelled items every pair sharing a dupkey is at 0.93 or above, 2.2% of one feed's other pairs and 0.01% of two
    /// feeds' reach 0.65, and the held-out reviews' same-trend pairs sit at 0.69-0.79. At or above max_embedding_similarity: no near band.
    /// </summary>
    public double NearStorySimilarity { get; init; } = 0.65;
    /// <summary>
    /// Rank points a story near a chosen one (<see cref="NearStorySimilarity"/>) of the same publisher pays at the same-story
    /// threshold, from nothing at the floor; half that beside another publisher's. A penalty, never a drop: a big story's real
    /// follow-ups still both run in a full issue (0: off).
    /// </summary>
    public double NearStoryPenalty { get; init; } = 2.5;
    /// <summary>
    /// Rank points for a story published as the run starts, halving every <see cref="RecencyHalfLifeHours"/>: a morning
    /// issue leads with today's news before a week-old post of the same score. Undated stories get none.
    /// </summary>
    public double RecencyWeight { get; init; } = 1.0;
    public double RecencyHalfLifeHours { get; init; } = 24;
    /// <summary>
    /// A story published more than this many days before the run's present (the newest story of the feed a quarter of
    /// the feeds have posted since, each feed's newest at most the run's start) is stale: it loses <see cref="StaleWeight"/> rank points per
    /// doubling of its age past this. An archive feed's 2019 episodes no longer lead a 2026 issue when
    /// content.max_age_days is off (held-out reviews 23, 25 and 28), and a run of old captures ranks among themselves.
    /// An undated story is charged the median dated candidate's age.
    /// </summary>
    public double StaleAfterDays { get; init; } = 30;
    public double StaleWeight { get; init; } = 1.0;
    /// <summary>
    /// The least rank score, its feed's priority aside, a story must keep to take a place, even in a short issue. A score
    /// falls below zero only by its age (<see cref="StaleWeight"/>): a seven-year-old fundraising post filled a short issue
    /// at -0.37 (thirty-fourth held-out review, F7).
    /// </summary>
    public double MinScore { get; init; }
    /// <summary>
    /// A dated story published more than this many days before the run's present takes no place, whatever its score
    /// (0: off). The run's present follows the feeds, so a run of old captures keeps its own stories.
    /// </summary>
    public double MaxStaleDays { get; init; } = 730;
    /// <summary>The same for a story of the type release, which is news while it is the current version (0: off).</summary>
    public double MaxReleaseAgeDays { get; init; } = 180;
    /// <summary>
    /// How far under scoring.min_quality a story of strong relevance may be and still take a place every other story left
    /// empty, last (0: off). On feeds of one-sentence deks the quality head reads the dek's length, and stories at 2.97 to 2.99
    /// were dropped while their issues went out short (held-out reviews 91, F5, and 93, F2).
    /// </summary>
    public double ShortIssueQualityMargin { get; init; } = 0.1;
}

public sealed record EnhanceConfig
{
    /// <summary>Sentences in the extractive summary (2-3 reads best).</summary>
    public int SummaryLength { get; init; } = 3;
    public int MaxTopics { get; init; } = 5;
    public int PreviewLength { get; init; } = 200;
    public int WordsPerMinute { get; init; } = 230;
    /// <summary>The optional LLM path (off by default: a run needs no network beyond its feeds).</summary>
    public LlmConfig Llm { get; init; } = new();
}

public sealed record LlmConfig
{
    public bool Enabled { get; init; }
    /// <summary>Any OpenAI-compatible endpoint: Ollama (http://127.0.0.1:11434/v1), vLLM, https://api.openai.com/v1.</summary>
    public string BaseUrl { get; init; } = "http://127.0.0.1:11434/v1";
    public string Model { get; init; } = "llama3.2:3b";
    /// <summary>Environment variable holding the API key (none needed for a local Ollama).</summary>
    public string ApiKeyEnv { get; init; } = "NEWSCURATOR_LLM_API_KEY";
    /// <summary>In AWS: the Secrets Manager secret with the key, read through its SSM reference.</summary>
    public string? ApiKeySecret { get; init; }
    public int TimeoutSeconds { get; init; } = 60;
    public int Retries { get; init; } = 3;
    public int MaxConcurrency { get; init; } = 2;
    /// <summary>
    /// The completion tokens a call may use, sent as max_tokens (0: none sent, for an endpoint that refuses the field): what
    /// each call reserves against the budgets, and the most of a bill that is believed. A summary with topics takes ~300.
    /// </summary>
    public int MaxOutputTokens { get; init; } = 1024;
    /// <summary>USD per million input / output tokens (0 for a self-hosted model).</summary>
    public double InputPricePerMillion { get; init; }
    public double OutputPricePerMillion { get; init; }
    public double RunBudgetUsd { get; init; } = 1.0;
    public double MonthlyBudgetUsd { get; init; } = 20.0;

    /// <summary>
    /// The longest one call may take, its queue for a free slot, attempts and backoff together, whatever timeout_seconds
    /// and retries say: well inside the 150 s the Enhance and Newsletter tasks have (statemachine/pipeline.asl.json; a
    /// test holds the two apart), so an endpoint that never answers costs the article its LLM summary, not the run its
    /// newsletter (hostile-input audit 29, H3: 60 s x 4 attempts outlasted the task, and the run failed).
    /// </summary>
    public const int CallDeadlineSeconds = 100;

    /// <summary>Calls in a row that an endpoint fails before this process stops asking it for the rest of the run.</summary>
    public const int MaxFailuresInARow = 3;
}

public sealed record NewsletterConfig
{
    public string Title { get; init; } = "The Tech & AI Brief";
    /// <summary>Folder with newsletter.html.hbs / newsletter.txt.hbs overriding the embedded templates.</summary>
    public string? Templates { get; init; }
    /// <summary>
    /// Which subject line is sent: informative, engaging, or alternate (A/B: the two take turns by issue).
    /// Both are always written and stored; the newsletters row records the one sent.
    /// </summary>
    public string SubjectLineStyle { get; init; } = "engaging";

    public static readonly IReadOnlyList<string> SubjectLineStyles = ["informative", "engaging", "alternate"];
}

public sealed record ExportConfig
{
    public IReadOnlyList<string> Formats { get; init; } = ["json", "csv", "sql", "analytics"];

    public static readonly IReadOnlyList<string> Supported = ["json", "csv", "sql", "analytics"];
}

public static class DeliveryModes
{
    public const string Draft = "draft";
    public const string Smtp = "smtp";
    public static readonly IReadOnlyList<string> All = [Draft, Smtp];
}

public sealed record DeliveryConfig
{
    /// <summary>Off unless configured: the Deliver state then does nothing.</summary>
    public bool Enabled { get; init; }
    /// <summary>draft (default): one .eml per recipient in the blob store, nothing sent; smtp: sent.</summary>
    public string Mode { get; init; } = DeliveryModes.Draft;
    public string From { get; init; } = "The Tech & AI Brief <newsletter@example.org>";
    /// <summary>Addresses; a recipients_file (one address a line, '#' comments) adds to them when the run starts.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
    public string? RecipientsFile { get; init; }
    /// <summary>mailto: or https: URL for the List-Unsubscribe header; {email} becomes the recipient's address.</summary>
    public string? ListUnsubscribe { get; init; }
    public SmtpConfig Smtp { get; init; } = new();

    /// <summary>An address a message can go to: MimeKit alone also accepts a bare local part ("bob").</summary>
    public static bool IsAddress(string text)
        => MimeKit.MailboxAddress.TryParse(text, out var mailbox) && mailbox.Domain is { Length: > 0 } domain && domain.Contains('.', StringComparison.Ordinal);
}

public sealed record SmtpConfig
{
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = 587;
    /// <summary>starttls (default), ssl, or none (a local relay only).</summary>
    public string Security { get; init; } = "starttls";
    public string? Username { get; init; }
    public string PasswordEnv { get; init; } = "NEWSCURATOR_SMTP_PASSWORD";
    /// <summary>In AWS: the Secrets Manager secret with the SES SMTP password.</summary>
    public string? PasswordSecret { get; init; }
    public int TimeoutSeconds { get; init; } = 30;
}
