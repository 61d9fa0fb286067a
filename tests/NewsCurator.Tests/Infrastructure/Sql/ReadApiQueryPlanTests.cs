using Dapper;
using NewsCurator.Api;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Infrastructure.Sql;

/// <summary>
/// The read API's hot listing on SQLite: a run's page of articles must come from an index in order,
/// never from scanning and sorting the table (the api bench's p99 of seconds under a writer).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class ReadApiQueryPlanTests : IDisposable
{
    private readonly TempDir _dir = new();

    private async Task<string> PlanAsync(Dictionary<string, string> query)
    {
        var database = Database.FromConnectionString("sqlite:" + Path.Combine(_dir.Path, "plan.db"));
        await database.MigrateAsync();
        await using var connection = await database.OpenAsync();
        var filter = SqlRunReader.ArticlesFilter(ReadApi.ArticlesQuery(new ApiRequest("GET", "/articles", query), analysisOnly: false));
        // EXPLAIN QUERY PLAN rows are (id, parent, notused, detail).
        var details = await connection.QueryAsync("EXPLAIN QUERY PLAN " + SqlRunReader.ArticlesSql(filter), filter.Parameters);
        return string.Join(" | ", details.Select(d => (string)((IDictionary<string, object>)d)["detail"]));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run+cursor")]
    [InlineData("none")]
    public async Task ArticlesOfARun_ShouldBeReadInIndexOrder_WithoutSorting(string filters)
    {
        var query = new Dictionary<string, string>();
        if (filters.StartsWith("run", StringComparison.Ordinal)) query["run"] = "run-1";
        if (filters.EndsWith("cursor", StringComparison.Ordinal)) query["cursor"] = Cursor.Encode("run-1", "a00050");
        var plan = await PlanAsync(query);
        Assert.Contains("ix_articles_run_article", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
        if (filters != "none") Assert.Contains("SEARCH", plan);
    }

    [Fact]
    public void AbsentFilters_ShouldNotReachTheSql()
    {
        var none = SqlRunReader.ArticlesFilter(ReadApi.ArticlesQuery(new ApiRequest("GET", "/articles", new Dictionary<string, string>()), analysisOnly: false));
        Assert.Equal("", none.Where);
        var some = SqlRunReader.ArticlesFilter(ReadApi.ArticlesQuery(new ApiRequest("GET", "/articles", new Dictionary<string, string> { ["run"] = "r", ["decision"] = "selected" }), analysisOnly: false));
        Assert.Equal("WHERE run_id = @run AND decision = @decision", some.Where);
        Assert.Equal(["run", "decision", "take"], some.Parameters.ParameterNames);
    }

    public void Dispose() => _dir.Dispose();
}
