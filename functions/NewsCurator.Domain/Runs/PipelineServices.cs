using NewsCurator.Api;
using NewsCurator.Configuration;
using NewsCurator.Delivery;
using NewsCurator.Enhance.Llm;
using NewsCurator.Ingest;
using NewsCurator.Scoring;
using NewsCurator.Storage;

namespace NewsCurator.Runs;

/// <summary>
/// The ports every stage uses, wired once per process by its host's composition root: the Lambdas'
/// (functions/NewsCurator.Functions/LambdaServices.cs, from environment variables) or the local
/// runner's (functions/NewsCurator.Cli/LocalServices.cs, a folder and a SQLite file). Production and
/// local runs differ only in the adapters chosen there (S3 or files, PostgreSQL or SQLite).
/// A record so a host can narrow one adapter for one function (`services with { Blobs = ... }`).
/// </summary>
public sealed record PipelineServices
{
    public required IBlobStore Blobs { get; init; }
    /// <summary>The pipeline's row writes.</summary>
    public required IRunStore Runs { get; init; }
    /// <summary>The read API's queries over the same rows.</summary>
    public required IRunReader Reader { get; init; }
    public required Func<FetchConfig, IFeedFetcher> FetcherFactory { get; init; }
    /// <summary>An LLM client for the config and its API key (null where the endpoint needs none).</summary>
    public required Func<LlmConfig, string?, IChatClient> ChatClientFactory { get; init; }
    public required IMailSender Mail { get; init; }
    public required ISecretStore Secrets { get; init; }
    public IArticleScorer Scorer { get; init; } = new RulesScorer();
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>
    /// The adapters' word on whether their library's exception may pass when tried again (the AWS SDK's throttling, a
    /// database failover): a stage that contains one item's failure must still let these fail the step, whose retry helps.
    /// </summary>
    public Func<Exception, bool?>? AdapterFailures { get; init; }

    /// <summary>Whether a failure may pass when the step is tried again (<see cref="TransientFailureException.IsTransient"/>).</summary>
    public bool IsTransient(Exception ex) => TransientFailureException.IsTransient(ex, AdapterFailures);

    /// <summary>The exception a failed step reports (<see cref="TransientFailureException.Classify"/>).</summary>
    public Exception Classify(Exception ex) => TransientFailureException.Classify(ex, AdapterFailures);

    public IFeedFetcher CreateFetcher(FetchConfig config) => FetcherFactory(config);

    public IChatClient CreateChatClient(LlmConfig config, string? apiKey) => ChatClientFactory(config, apiKey);
}
