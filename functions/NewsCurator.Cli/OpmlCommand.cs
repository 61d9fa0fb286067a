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
            var now = DateTimeOffset.UtcNow;
            foreach (var feed in feeds)
            {
                // Read as a run reads it: a damaged state (garbage, a move to javascript: or file:) is set aside with a warning
                // naming it, and the feed keeps its listed address; read plainly, garbage crashed the export and a hostile move
                // was written into the list (hostile-input audit 30, H9).
                FeedState? state;
                try
                {
                    state = await blobs.ReadStateJsonAsync<FeedState>(FeedStateStore.Key(feed.Url), s => s.Damage(feed.Url, now), ct);
                }
                catch (IOException ex)
                {
                    await stderr.WriteLineAsync($"warning: the state of {UrlDisplay.Of(feed.Url)} could not be read ({ex.Message}); its listed address is kept");
                    state = null;
                }
                moved.Add(state?.MovedTo is { } to ? feed with { Url = to } : feed);
            }
            feeds = moved;
        }
        await stdout.WriteLineAsync(Opml.Write(feeds, config.Newsletter.Title + " feeds"));
        return 0;
    }
}
