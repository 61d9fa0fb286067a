using System.Text.Json;
using NewsCurator.Storage;

namespace NewsCurator.Api;

/// <summary>
/// One JSON shape from either database: PostgreSQL returns native UUIDs, arrays and booleans,
/// SQLite their text and 0/1 equivalents (NewsCurator.Infrastructure/Sql/Migrations/003_seed_schema.sql). Rows pass through here
/// on the way out so clients see the same values whichever database answered.
/// </summary>
public static class ApiRows
{
    public static IDictionary<string, object?> Normalize(dynamic row) => Normalize((IDictionary<string, object?>)row);

    public static IDictionary<string, object?> Normalize(IDictionary<string, object?> row)
    {
        var shaped = new Dictionary<string, object?>(row.Count, StringComparer.Ordinal);
        foreach (var (name, value) in row)
            shaped[name] = Shape(name, value);
        return shaped;
    }

    private static object? Shape(string column, object? value) => (column, value) switch
    {
        (_, null or DBNull) => null,
        (_, Guid id) => RowIds.Text(id),
        ("article_ids", Guid[] ids) => ids.Select(RowIds.Text).ToArray(),
        ("article_ids", string literal) => RowIds.ParseArrayLiteral(literal),
        ("topics", string json) => JsonSerializer.Deserialize<string[]>(json) ?? [],
        ("is_advertisement", long flag) => flag != 0,
        _ => value,
    };
}

/// <summary>What a host gives the read API beyond the database.</summary>
public sealed record ReadApiOptions
{
    /// <summary>The blob store, for /health/detailed and /admin/status reachability; null skips that check.</summary>
    public IBlobStore? Blobs { get; init; }

    /// <summary>The bearer token admin routes need locally (NEWSCURATOR_ADMIN_TOKEN or a token file); never logged.</summary>
    public string? AdminToken { get; init; }

    public const string AdminTokenVariable = "NEWSCURATOR_ADMIN_TOKEN";
}
