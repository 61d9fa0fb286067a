namespace NewsCurator.Storage;

/// <summary>One column of a run's table: its name, PostgreSQL type, how a row's value is read, and whether a re-export may change it.</summary>
public sealed record TableColumn<TRow>(string Name, ColumnType Type, Func<TRow, object?> Value, bool Updatable = true);

/// <summary>
/// A table whose rows belong to one run (articles, feed_statistics), described once: the database load
/// (functions/NewsCurator.Infrastructure/Sql/TableLoad.cs, which streams the rows in, so a run of any size loads
/// in the memory of one row) and the SQL export both read these columns.
/// </summary>
public sealed class TableColumns<TRow>(string table, IReadOnlyList<TableColumn<TRow>> columns)
{
    public string Table => table;

    public IReadOnlyList<TableColumn<TRow>> All => columns;

    public TableColumn<TRow> Named(string name) => columns.Single(c => c.Name == name);

    /// <summary>The column names, comma-separated, in order.</summary>
    public string Names => string.Join(", ", columns.Select(c => c.Name));

    /// <summary>The upsert's conflict clause: every updatable column takes the new row's value.</summary>
    public string UpsertTail => "ON CONFLICT (id) DO UPDATE SET "
        + string.Join(", ", columns.Where(c => c.Updatable).Select(c => $"{c.Name} = excluded.{c.Name}"));
}

/// <summary>A column's type in the seed schema's PostgreSQL terms (SQLite stores each in its documented equivalent).</summary>
public enum ColumnType
{
    Uuid,
    /// <summary>UUID[]: a PostgreSQL array; SQLite keeps the same array literal as text.</summary>
    UuidArray,
    Text,
    Varchar,
    Integer,
    Numeric,
    Double,
    Boolean,
}
