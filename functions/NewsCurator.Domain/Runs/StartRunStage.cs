using System.Text.Json;
using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Runs;

/// <summary>What starts a run: an optional run id (else the execution name) and an optional config path.</summary>
public sealed record StartRunRequest
{
    public string? RunId { get; init; }
    public string? Config { get; init; }
    public string? ExecutionName { get; init; }
}

/// <summary>
/// Resolves and validates the config, writes it and the feed shards for the run, and records the
/// run as running. A bad config throws <see cref="ConfigurationException"/> before anything is fetched.
/// </summary>
public sealed class StartRunStage(PipelineServices services)
{
    public const string ConfigVariable = "NEWSCURATOR_CONFIG";
    public const string DefaultConfigPath = "config/pipeline.yaml";

    /// <summary>
    /// Where a caller-chosen config may come from (set in AWS: the configs packaged with the function).
    /// Unset (a local run), any path works: whoever runs the CLI owns the machine.
    /// </summary>
    public const string ConfigPrefixVariable = "NEWSCURATOR_CONFIG_PREFIX";

    public async Task<RunContext> RunAsync(StartRunRequest request, CancellationToken ct = default)
    {
        var runId = RunPaths.ValidateRunId(request.RunId ?? request.ExecutionName
            ?? $"run-{services.Clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}");
        // First of all: a start refused here touches nothing of the run in progress, and a start that fails later (a bad
        // config) holds the lease, so MarkRunFailed records this execution's failure, not another's of the same id.
        var execution = request.ExecutionName ?? runId;
        await ActiveRuns.ClaimAsync(services.Blobs, runId, execution, services.Clock.GetUtcNow(), ct);
        var configPath = request.Config is { } requested
            ? AllowedConfig(requested, Environment.GetEnvironmentVariable(ConfigPrefixVariable))
            : Environment.GetEnvironmentVariable(ConfigVariable) ?? DefaultConfigPath;
        var config = ResolveSettings(ConfigLoader.Load(configPath), configPath);
        foreach (var warning in ConfigWarnings.Of(config)) Console.Error.WriteLine($"warning: {configPath}: {warning}");
        // The feed list is streamed from the OPML twice (checked whole, then written shard by shard), never held:
        // a run of 100,000 feeds starts in the memory of one shard.
        var checkedList = CheckFeeds(config, configPath);
        var paths = new RunPaths(runId);

        // Re-starting a run id keeps its start time, so a re-run renders the same newsletter. Only this
        // run's own prefix is cleared: every key is checked, whatever the store's listing returns.
        var previous = await services.Blobs.ReadStateJsonAsync<RunContext>(paths.Prefix + "run.json", ct);
        foreach (var stale in await services.Blobs.ListAsync(paths.Prefix, ct))
        {
            // run.json is rewritten at the end; kept until then, a start that fails midway keeps the run's start time.
            if (stale == paths.Prefix + "run.json") continue;
            // What was mailed stays known: re-running the id (after a failed Deliver, say) never mails anyone twice.
            // Drafts are rebuilt from the re-run's newsletter.
            if (stale.StartsWith(paths.Prefix + "delivery/", StringComparison.Ordinal) && !stale.StartsWith(paths.Prefix + "delivery/drafts/", StringComparison.Ordinal)
                && stale != paths.Prefix + "delivery/summary.json" && !stale.Contains("..", StringComparison.Ordinal)) continue;
            if (!stale.StartsWith(paths.Prefix, StringComparison.Ordinal) || stale.Contains("..", StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to delete '{stale}': it is outside this run's prefix {paths.Prefix}");
            await services.Blobs.DeleteAsync(stale, ct);
        }

        // Every stage (and every Ingest shard) reads config.json: without the feed list, which the shards and their
        // manifest hold, what each reads stays small whatever the feed count. The digest covers both.
        var configJson = JsonSerializer.SerializeToUtf8Bytes(config, Json.Indented);
        await services.Blobs.WriteAsync(paths.Config, configJson, "application/json", ct);
        using var digest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        digest.AppendData(configJson);
        var shards = new List<string>();
        var written = new FeedListFingerprint();
        foreach (var chunk in Feeds(config, configPath).Chunk(config.Feeds.ShardSize))
        {
            foreach (var feed in chunk) written.Add(feed);
            var key = paths.FeedShard(shards.Count);
            var shard = JsonSerializer.SerializeToUtf8Bytes(chunk, Json.Indented);
            digest.AppendData(shard);
            await services.Blobs.WriteAsync(key, shard, "application/json", ct);
            shards.Add(key);
        }
        // The list was read twice: what was written must be what was checked (an OPML replaced in between is refused).
        if (!written.SameAs(checkedList))
            throw new ConfigurationException($"{configPath}: the feed list changed while StartRun read it ({checkedList.Count} feeds checked, {written.Count} written); start the run again");
        await services.Blobs.WriteJsonAsync(paths.ShardManifest, shards, ct);
        var context = new RunContext
        {
            RunId = runId,
            Prefix = paths.Prefix,
            ConfigDigest = Convert.ToHexStringLower(digest.GetHashAndReset())[..16],
            StartedAt = previous?.StartedAt ?? services.Clock.GetUtcNow(),
            Execution = execution,
            Manifest = paths.ShardManifest,
            ShardCount = shards.Count,
            GpuThreshold = config.Scoring.GpuThreshold,
            GpuPartitionItems = (long)config.Scoring.GpuItemsPerSecond * config.Scoring.GpuPartitionMinutes * 60,
            MaxGpuPartitions = config.Scoring.MaxGpuPartitions,
            Counts = new RunCounts { Feeds = written.Count },
        };
        await services.Blobs.WriteJsonAsync(paths.Prefix + "run.json", context, ct);
        await services.Runs.RecordRunStartedAsync(context, ct);
        return context;
    }

    /// <summary>
    /// A config a caller named in the start request: with an allow-listed prefix (AWS), only a relative
    /// .yaml/.yml path below that prefix, with no way out of it; without one, the path as given.
    /// </summary>
    public static string AllowedConfig(string requested, string? allowedPrefix)
    {
        if (string.IsNullOrEmpty(allowedPrefix)) return requested;
        var prefix = allowedPrefix.EndsWith('/') ? allowedPrefix : allowedPrefix + "/";
        var segments = requested.Split('/');
        var valid = requested.StartsWith(prefix, StringComparison.Ordinal)
            && !Path.IsPathRooted(requested)
            && segments.All(segment => segment.Length > 0 && segment != "." && segment != ".." && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            && (requested.EndsWith(".yaml", StringComparison.Ordinal) || requested.EndsWith(".yml", StringComparison.Ordinal));
        if (!valid)
            throw new ConfigurationException($"config '{requested}' is not allowed: name a .yaml file under '{prefix}' (letters, digits, '-', '_', '.'; no '..'), e.g. '{prefix}production.yaml', or leave config out for the deployed default");
        return requested;
    }

    /// <summary>
    /// The config with its feed list resolved (OPML and inline URLs, absolute, each once) and checked: for the CLI
    /// and tools that want the list. StartRun streams it instead (<see cref="Feeds"/>).
    /// </summary>
    public static PipelineConfig ResolveFeeds(PipelineConfig config, string configPath)
    {
        config = ResolveSettings(config, configPath);
        CheckFeeds(config, configPath);
        return config with { Feeds = config.Feeds with { Resolved = [.. Feeds(config, configPath)] } };
    }

    /// <summary>
    /// The feeds, one at a time: the OPML's outlines, then feeds.urls, as absolute URLs; a URL listed twice comes
    /// once. Remembers 16 bytes of each URL's SHA-256 (1.6 MB for 100,000 feeds; two different URLs sharing them is
    /// out of reach: about 1 in 10^26 at a million feeds).
    /// </summary>
    public static IEnumerable<FeedSource> Feeds(PipelineConfig config, string configPath)
    {
        var baseUri = FileUris.From(configPath);
        var seen = new HashSet<UInt128>();
        if (config.Feeds.Opml is { } opml)
        {
            var opmlUri = new Uri(baseUri, opml);
            if (!opmlUri.IsFile || !File.Exists(opmlUri.LocalPath))
                throw new ConfigurationException($"{configPath}: feeds.opml '{opml}' was not found (looked at {opmlUri.LocalPath}); the path is relative to the config file");
            using var text = new StreamReader(opmlUri.LocalPath);
            foreach (var feed in Opml.Read(text, opmlUri, opmlUri.LocalPath))
                if (seen.Add(UrlKey(feed.Url))) yield return feed;
        }
        foreach (var url in config.Feeds.Urls)
        {
            if (!Uri.TryCreate(baseUri, url, out var uri) || uri.Scheme is not ("http" or "https" or "file"))
                throw new ConfigurationException($"{configPath}: feeds.urls entry '{UrlDisplay.Of(url)}' is not an http(s) or file URL");
            var feed = new FeedSource(Opml.WithoutFragment(uri));
            if (seen.Add(UrlKey(feed.Url))) yield return feed;
        }
    }

    private static UInt128 UrlKey(string url)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(url), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>A feed list's count and running SHA-256 of its URLs in order: two reads of the list compare with it.</summary>
    private sealed class FeedListFingerprint
    {
        private readonly System.Security.Cryptography.IncrementalHash _hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        private byte[]? _digest;

        public int Count { get; private set; }

        public void Add(FeedSource feed)
        {
            _hash.AppendData(System.Text.Encoding.UTF8.GetBytes(feed.Url + "\n"));
            Count++;
        }

        private byte[] Digest => _digest ??= _hash.GetHashAndReset();

        public bool SameAs(FeedListFingerprint other) => Count == other.Count && Digest.AsSpan().SequenceEqual(other.Digest);
    }

    /// <summary>Reads the whole feed list once and refuses it before anything is written: empty, or local files where they are not allowed.</summary>
    private static FeedListFingerprint CheckFeeds(PipelineConfig config, string configPath)
    {
        var list = new FeedListFingerprint();
        var refusedFiles = 0;
        string? firstRefused = null;
        foreach (var feed in Feeds(config, configPath))
        {
            list.Add(feed);
            if (!config.Fetch.AllowFileUrls && feed.Url.StartsWith("file:", StringComparison.Ordinal))
                (refusedFiles, firstRefused) = (refusedFiles + 1, firstRefused ?? feed.Url);
        }
        if (list.Count == 0)
            throw new ConfigurationException($"{configPath}: the feed list is empty; add outlines with xmlUrl to the OPML file or URLs to feeds.urls");
        // A local file among other feeds fails alone when fetched (one stray outline must not cancel the issue);
        // a list with nothing else in it is a config that cannot work.
        if (refusedFiles == list.Count)
            throw new ConfigurationException($"{configPath}: feed '{UrlDisplay.Of(firstRefused!)}' is a local file but fetch.allow_file_urls is false" +
                (refusedFiles > 1 ? $", and so are the other {refusedFiles - 1} feeds" : ""));
        return list;
    }

    /// <summary>Why the file at <paramref name="path"/> is no model this build reads (by its first bytes), or null.</summary>
    private static string? ModelFileProblem(string path)
    {
        Span<byte> head = stackalloc byte[64];
        int read;
        using (var file = File.OpenRead(path)) read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        // The right magic with less than its header declares is an interrupted copy: stopped here too (hostile-input audit 44, H2).
        if (head.Length >= 4 && (head[..4].SequenceEqual(Scoring.Encoder.EncoderHeads.Magic) || head[..4].SequenceEqual(Scoring.Model.ModelFileReader.Magic)))
            return Scoring.Model.WeightsFile.LayoutProblem(path) is { } damage
                ? $"{damage}: copy the model file again (the shipped ones are in batch-gpu/model/), or remove the key to use the rules scorer"
                : null;
        return System.Text.Encoding.ASCII.GetString(head).StartsWith("version https://git-lfs", StringComparison.Ordinal)
            ? "is a Git LFS pointer, not the model: run 'git lfs pull' (or copy the model file there), or remove the key to use the rules scorer"
            : "is not a model file of this project (it starts with neither NCEH nor NCSM): point it at batch-gpu/model/minilm-heads.nceh, or remove the key to use the rules scorer";
    }

    /// <summary>Every path in the config resolved against the config file and checked (the feed list aside).</summary>
    public static PipelineConfig ResolveSettings(PipelineConfig config, string configPath)
    {
        var baseUri = FileUris.From(configPath);
        if (config.Scoring.Model is { } model)
        {
            var modelPath = new Uri(baseUri, model).LocalPath;
            if (!File.Exists(modelPath))
                throw new ConfigurationException($"{configPath}: scoring.model '{model}' was not found (looked at {modelPath}); the path is relative to the config file, or remove the key to use the rules scorer");
            // A file that is no model stops the run here, not at Score after Ingest has read every feed (hostile-input
            // audit 21, H7: a Git LFS pointer checked out in its place failed Score with "bad magic").
            if (ModelFileProblem(modelPath) is { } problem)
                throw new ConfigurationException($"{configPath}: scoring.model '{model}' {problem}");
            config = config with { Scoring = config.Scoring with { Model = modelPath } };
        }
        // A list for delivery that is off is not read: a wrong path there costs nothing until delivery is enabled.
        if (config.Delivery.RecipientsFile is { } recipientsFile && config.Delivery.Enabled)
        {
            var path = new Uri(baseUri, recipientsFile).LocalPath;
            var fromFile = RecipientsFile.Read(path, $"{configPath}: delivery.recipients_file '{recipientsFile}'");
            config = config with { Delivery = config.Delivery with { Recipients = [.. config.Delivery.Recipients, .. fromFile], RecipientsFile = path } };
        }
        if (config.Newsletter.Templates is { } templates)
        {
            var folder = new Uri(baseUri, templates.EndsWith('/') ? templates : templates + "/").LocalPath;
            foreach (var name in new[] { "newsletter.html.hbs", "newsletter.txt.hbs" })
                if (!File.Exists(Path.Combine(folder, name)))
                    throw new ConfigurationException($"{configPath}: newsletter.templates '{templates}' must hold {name} (looked in {folder}); the path is relative to the config file");
            try
            {
                Newsletter.NewsletterRenderer.Check(folder);
            }
            catch (ConfigurationException ex)
            {
                throw new ConfigurationException($"{configPath}: {ex.Message}");
            }
            config = config with { Newsletter = config.Newsletter with { Templates = folder } };
        }
        return config;
    }
}
