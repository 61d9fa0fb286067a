namespace NewsCurator.Runs;

public sealed record MigrationResult(string Database, IReadOnlyList<string> Roles);

/// <summary>
/// The first step of every run: brings the schema up to date and keeps the writer and reader roles'
/// grants complete (new tables included). The only step that logs in as the schema owner; every other
/// function uses a role that cannot change the schema.
/// </summary>
public sealed class MigrateStage(PipelineServices services)
{
    public async Task<MigrationResult> RunAsync(CancellationToken ct = default)
    {
        var roles = await services.Runs.MigrateAsync(ct);
        return new MigrationResult(services.Runs.Description, roles);
    }
}
