using NewsCurator.Infrastructure;
using NewsCurator.Infrastructure.Sql;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Cli;

/// <summary>The local runner's and `serve`'s composition root: the embedded defaults, a folder for blobs and a SQLite file inside it.</summary>
public static class LocalServices
{
    public static PipelineServices Create(string outDirectory) => Adapters.Services(
        new FileBlobStore(outDirectory),
        new RunRepository(Database.FromConnectionString("sqlite:" + Path.Combine(outDirectory, "newscurator.db"))));
}
