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
        var configPath = request.Config is { } requested
            ? AllowedConfig(requested, Environment.GetEnvironmentVariable(ConfigPrefixVariable))
            : Environment.GetEnvironmentVariable(ConfigVariable) ?? DefaultConfigPath;
        var config = ResolveFeeds(ConfigLoader.Load(configPath), configPath);
        var paths = new RunPaths(runId);

        // Re-starting a run id keeps its start time, so a re-run renders the same newsletter. Only this
        // run's own prefix is cleared: every key is checked, whatever the store's listing returns.
        var previous = await services.Blobs.ReadStateJsonAsync<RunContext>(paths.Prefix + "run.json", ct);
        foreach (var stale in await services.Blobs.ListAsync(paths.Prefix, ct))
        {
            if (!stale.StartsWith(paths.Prefix, StringComparison.Ordinal) || stale.Contains("..", StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to delete '{stale}': it is outside this run's prefix {paths.Prefix}");
            await services.Blobs.DeleteAsync(stale, ct);
        }

        var configJson = JsonSerializer.SerializeToUtf8Bytes(config, Json.Indented);
        // Every stage (and every Ingest shard) reads config.json: without the resolved feed list, which the
        // shards and their manifest already hold, what each reads stays small whatever the feed count
        // (with it, 100 concurrent shards of a 100,000-feed run held 10 million feed entries).
        var runConfig = config with { Feeds = config.Feeds with { Resolved = [] } };
        await services.Blobs.WriteAsync(paths.Config, JsonSerializer.SerializeToUtf8Bytes(runConfig, Json.Indented), "application/json", ct);
        var shards = new List<string>();
        foreach (var (chunk, index) in config.Feeds.Resolved.Chunk(config.Feeds.ShardSize).Select((c, i) => (c, i)))
        {
            var key = paths.FeedShard(index);
            await services.Blobs.WriteJsonAsync(key, chunk, ct);
            shards.Add(key);
        }
        await services.Blobs.WriteJsonAsync(paths.ShardManifest, shards, ct);
        var context = new RunContext
        {
            RunId = runId,
            Prefix = paths.Prefix,
            ConfigDigest = Hashing.Sha256Hex(configJson)[..16],
            StartedAt = previous?.StartedAt ?? services.Clock.GetUtcNow(),
            Manifest = paths.ShardManifest,
            ShardCount = shards.Count,
            GpuThreshold = config.Scoring.GpuThreshold,
            GpuPartitionItems = (long)config.Scoring.GpuItemsPerSecond * config.Scoring.GpuPartitionMinutes * 60,
            MaxGpuPartitions = config.Scoring.MaxGpuPartitions,
            Counts = new RunCounts { Feeds = config.Feeds.Resolved.Count },
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

    /// <summary>OPML and inline URLs become one list of absolute feed URLs; relative paths resolve against the config file.</summary>
    public static PipelineConfig ResolveFeeds(PipelineConfig config, string configPath)
    {
        var baseUri = new Uri(Path.GetFullPath(configPath));
        var feeds = new List<FeedSource>();
        if (config.Feeds.Opml is { } opml)
        {
            var opmlUri = new Uri(baseUri, opml);
            if (!opmlUri.IsFile || !File.Exists(opmlUri.LocalPath))
                throw new ConfigurationException($"{configPath}: feeds.opml '{opml}' was not found (looked at {opmlUri.LocalPath}); the path is relative to the config file");
            feeds.AddRange(Opml.Parse(File.ReadAllText(opmlUri.LocalPath), opmlUri, opmlUri.LocalPath));
        }
        foreach (var url in config.Feeds.Urls)
        {
            if (!Uri.TryCreate(baseUri, url, out var uri) || uri.Scheme is not ("http" or "https" or "file"))
                throw new ConfigurationException($"{configPath}: feeds.urls entry '{url}' is not an http(s) or file URL");
            feeds.Add(new FeedSource(uri.ToString()));
        }
        if (config.Scoring.Model is { } model)
        {
            var modelPath = new Uri(baseUri, model).LocalPath;
            if (!File.Exists(modelPath))
                throw new ConfigurationException($"{configPath}: scoring.model '{model}' was not found (looked at {modelPath}); the path is relative to the config file, or remove the key to use the rules scorer");
            config = config with { Scoring = config.Scoring with { Model = modelPath } };
        }
        if (config.Delivery.RecipientsFile is { } recipientsFile)
        {
            var path = new Uri(baseUri, recipientsFile).LocalPath;
            if (!File.Exists(path))
                throw new ConfigurationException($"{configPath}: delivery.recipients_file '{recipientsFile}' was not found (looked at {path}); the path is relative to the config file");
            var fromFile = File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            if (fromFile.FirstOrDefault(r => !DeliveryConfig.IsAddress(r)) is { } bad)
                throw new ConfigurationException($"{configPath}: delivery.recipients_file '{recipientsFile}' has '{bad}', not an e-mail address (one address a line)");
            config = config with { Delivery = config.Delivery with { Recipients = [.. config.Delivery.Recipients, .. fromFile], RecipientsFile = path } };
        }
        if (config.Newsletter.Templates is { } templates)
        {
            var folder = new Uri(baseUri, templates.EndsWith('/') ? templates : templates + "/").LocalPath;
            foreach (var name in new[] { "newsletter.html.hbs", "newsletter.txt.hbs" })
                if (!File.Exists(Path.Combine(folder, name)))
                    throw new ConfigurationException($"{configPath}: newsletter.templates '{templates}' must hold {name} (looked in {folder}); the path is relative to the config file");
            config = config with { Newsletter = config.Newsletter with { Templates = folder } };
        }
        var unique = feeds.DistinctBy(f => f.Url).ToList();
        if (unique.Count == 0)
            throw new ConfigurationException($"{configPath}: the feed list is empty; add outlines with xmlUrl to the OPML file or URLs to feeds.urls");
        if (!config.Fetch.AllowFileUrls && unique.FirstOrDefault(f => f.Url.StartsWith("file:", StringComparison.Ordinal)) is { } local)
            throw new ConfigurationException($"{configPath}: feed '{local.Url}' is a local file but fetch.allow_file_urls is false");
        return config with { Feeds = config.Feeds with { Resolved = unique } };
    }
}
