using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Cli;

/// <summary>
/// `opml`: exports the resolved feed list (OPML file plus inline URLs) as OPML, with permanent
/// moves the pipeline has seen applied, so the list can be cleaned up or moved to another reader.
/// </summary>
public static class OpmlCommand
{
    public static async Task<int> ExecuteAsync(string configPath, string? stateDirectory, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        PipelineConfig config;
        try
        {
            config = StartRunStage.ResolveFeeds(ConfigLoader.Load(configPath), configPath);
        }
        catch (ConfigurationException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 2;
        }
        var feeds = config.Feeds.Resolved;
        if (stateDirectory is not null && Directory.Exists(stateDirectory))
        {
            var blobs = new FileBlobStore(stateDirectory);
            var moved = new List<Model.FeedSource>();
            foreach (var feed in feeds)
            {
                var state = await blobs.ReadJsonAsync<FeedState>(FeedStateStore.Key(feed.Url), ct);
                moved.Add(state?.MovedTo is { } to ? feed with { Url = to } : feed);
            }
            feeds = moved;
        }
        await stdout.WriteLineAsync(Opml.Write(feeds, config.Newsletter.Title + " feeds"));
        return 0;
    }
}
