namespace NewsCurator.Model;

/// <summary>One feed the run reads: where it lives and how much its stories weigh.</summary>
public sealed record FeedSource(string Url, string? Title = null, int Priority = 0, bool FullText = false);
