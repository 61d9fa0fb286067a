using NewsCurator.Model;

namespace NewsCurator.Storage;

/// <summary>
/// The port the pipeline writes its rows through: the run's start and failure, and the whole run at
/// Export. Every write is an upsert keyed by natural ids, so a retried step never doubles a row.
/// The adapter (functions/NewsCurator.Infrastructure/Sql/RunRepository.cs) writes PostgreSQL or SQLite.
/// </summary>
public interface IRunStore
{
    /// <summary>Which store this is, without credentials ("sqlite:/path", "postgres:host:port/db"): for logs and errors.</summary>
    string Description { get; }

    /// <summary>Brings the schema up to date and the roles' grants with it; returns the roles it granted (none where the store has no roles).</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default);

    Task RecordRunStartedAsync(RunContext context, CancellationToken ct = default);

    Task RecordRunFailedAsync(string runId, string stage, string message, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>
    /// Marks a run whose process ended without a word (its lease left behind) failed, where its row still says running;
    /// a row its Export already completed stays completed (review of session 30, R3).
    /// </summary>
    Task RecordRunAbandonedAsync(string runId, string message, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>
    /// The run, its articles, its feeds and its newsletter, in one transaction. The rows are enumerated once, as they
    /// are written (a run of any size in bounded memory); rows a previous attempt wrote and these lack are deleted.
    /// </summary>
    Task ExportRunAsync(PipelineRunRow run, IEnumerable<ArticleRow> articles,
        IEnumerable<FeedStatisticsRow> feeds, NewsletterRow? newsletter, CancellationToken ct = default);
}
