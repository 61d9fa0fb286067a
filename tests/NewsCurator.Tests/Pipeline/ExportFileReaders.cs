using System.Text;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// Just enough of CSV and SQL to read the export files back: quoted fields and literals may hold
/// commas, quotes, semicolons and newlines (article text does), so neither file splits on lines.
/// </summary>
public static class ExportFileReaders
{
    /// <summary>The records of an RFC 4180 file ("" inside quotes is one quote; CRLF or LF ends a record).</summary>
    public static List<List<string>> CsvRecords(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (inQuotes)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else inQuotes = false;
            }
            else if (ch == '"') inQuotes = true;
            else if (ch == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') i++;
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }

    /// <summary>One <c>INSERT INTO table (columns) VALUES (literals)</c> of the export script; a NULL literal is null.</summary>
    public sealed record Insert(string Table, IReadOnlyList<string> Columns, IReadOnlyList<string?> Values)
    {
        public string? this[string column] => Values[Columns.ToList().IndexOf(column)];
    }

    /// <summary>Every INSERT of a script in order; other statements (BEGIN, COMMIT) and -- comments are skipped.</summary>
    public static List<Insert> SqlInserts(string sql)
    {
        var inserts = new List<Insert>();
        foreach (var statement in Statements(sql))
        {
            if (!statement.StartsWith("INSERT INTO ", StringComparison.Ordinal)) continue;
            var open = statement.IndexOf('(', StringComparison.Ordinal);
            var close = statement.IndexOf(')', open);
            var table = statement["INSERT INTO ".Length..open].Trim();
            var columns = statement[(open + 1)..close].Split(',', StringSplitOptions.TrimEntries);
            var values = statement.IndexOf("VALUES (", close, StringComparison.Ordinal) + "VALUES (".Length;
            inserts.Add(new Insert(table, columns, Literals(statement, values)));
        }
        return inserts;
    }

    /// <summary>The statements of a script: split at semicolons outside quoted literals, comments dropped.</summary>
    private static IEnumerable<string> Statements(string sql)
    {
        var current = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < sql.Length; i++)
        {
            var ch = sql[i];
            if (!inQuotes && ch == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                while (i < sql.Length && sql[i] != '\n') i++;
                continue;
            }
            if (ch == '\'') inQuotes = !inQuotes; // '' inside a literal toggles twice: still inside
            if (ch == ';' && !inQuotes)
            {
                yield return current.ToString().Trim();
                current.Clear();
                continue;
            }
            current.Append(ch);
        }
        if (current.ToString().Trim() is { Length: > 0 } rest) yield return rest;
    }

    /// <summary>The comma-separated literals from <paramref name="start"/> up to the closing parenthesis.</summary>
    private static List<string?> Literals(string statement, int start)
    {
        var values = new List<string?>();
        var i = start;
        while (i < statement.Length)
        {
            while (statement[i] == ' ') i++;
            if (statement[i] == '\'')
            {
                var text = new StringBuilder();
                for (i++; ; i++)
                {
                    if (statement[i] != '\'') text.Append(statement[i]);
                    else if (i + 1 < statement.Length && statement[i + 1] == '\'') { text.Append('\''); i++; }
                    else { i++; break; }
                }
                values.Add(text.ToString());
            }
            else
            {
                var end = statement.IndexOfAny([',', ')'], i);
                var bare = statement[i..end].Trim();
                values.Add(bare == "NULL" ? null : bare);
                i = end;
            }
            while (statement[i] == ' ') i++;
            if (statement[i] == ')') break;
            i++; // the comma
        }
        return values;
    }
}
