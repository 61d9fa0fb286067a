using Dapper;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>
/// A WHERE clause from only the filters a request gave, each a parameterised condition. The
/// catch-all shape "(@x IS NULL OR col = @x)" hides the filter from the query planner, which then
/// cannot use an index for it (SQLite scanned and sorted every article for a one-run page).
/// </summary>
internal sealed class SqlFilter
{
    private readonly List<string> _conditions = [];

    public DynamicParameters Parameters { get; } = new();

    /// <summary>Adds <paramref name="condition"/> with its parameter when the value is present.</summary>
    public SqlFilter When<T>(T? value, string name, string condition)
    {
        if (value is null) return this;
        Parameters.Add(name, value);
        _conditions.Add(condition);
        return this;
    }

    /// <summary>Adds a condition whose parameters the caller adds (a keyset cursor's pair).</summary>
    public SqlFilter When(bool present, string condition, object parameters)
    {
        if (!present) return this;
        Parameters.AddDynamicParams(parameters);
        _conditions.Add(condition);
        return this;
    }

    public SqlFilter With(string name, object? value)
    {
        Parameters.Add(name, value);
        return this;
    }

    /// <summary>"WHERE a AND b", or nothing when no filter applies.</summary>
    public string Where => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);
}
