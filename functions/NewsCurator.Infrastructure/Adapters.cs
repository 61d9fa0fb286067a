using NewsCurator.Infrastructure.Aws;
using NewsCurator.Infrastructure.Http;
using NewsCurator.Infrastructure.Mail;
using NewsCurator.Infrastructure.Sql;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure;

/// <summary>
/// The production adapter behind every port but the two each host chooses for itself (where the
/// artifacts and the rows live). The composition roots (LambdaServices, LocalServices) call this.
/// </summary>
public static class Adapters
{
    public static PipelineServices Services(IBlobStore blobs, RunRepository runs) => new()
    {
        Blobs = blobs,
        Runs = runs,
        Reader = new SqlRunReader(runs),
        FetcherFactory = config => new FeedFetcher(config),
        ChatClientFactory = (config, apiKey) => new ChatClient(config, apiKey),
        Mail = new SmtpMailSender(),
        Secrets = new SsmSecrets(),
        AdapterFailures = AdapterFailures.IsTransient,
    };
}
