using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Export;

/// <summary>The run as files for people and other tools: JSON, CSV, a SQL script and an analytics summary.</summary>
public static class ExportFiles
{
    /// <summary>The version of the shape the read API and the JSON export share.</summary>
    public const string ApiVersion = "v1";

    /// <summary>The articles with the database's (seed) column names; topics are arrays, content is the extracted text.</summary>
    public static void ArticlesJson(RunJoin run, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = ExportJson.Encoder });
        writer.WriteStartObject();
        writer.WriteString("api_version", ApiVersion);
        writer.WritePropertyName("selected");
        WriteArray(writer, run.Ranked.Where(a => a.Decision == Outcomes.Selected).Select(ForPeople), ExportJson);
        writer.WritePropertyName("dropped");
        WriteArray(writer, run.RowsById().Where(a => a.Decision != Outcomes.Selected).Select(ForPeople), ExportJson);
        writer.WriteEndObject();
    }

    private static readonly JsonSerializerOptions ExportJson = new(Json.SnakeCase) { WriteIndented = true };

    // Files for people and their tools (JSON, CSV, analytics) show a private feed's URL as the API does, without its
    // credentials or secret parameters (user:password@, feed_token=); the database and the SQL script that loads it keep
    // the whole URL, which is the feed's key there (a row's moved_to is redacted when the row is made).
    private static ArticleRow ForPeople(ArticleRow row) => row with { FeedUrl = Ingest.UrlDisplay.Of(row.FeedUrl) };

    private static FeedStatisticsRow ForPeople(FeedStatisticsRow row) => row with { FeedUrl = Ingest.UrlDisplay.Of(row.FeedUrl) };

    /// <summary>A JSON array written one value at a time (the values may be a run's every row).</summary>
    private static void WriteArray<T>(Utf8JsonWriter writer, IEnumerable<T> values, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            JsonSerializer.Serialize(writer, value, options);
            // Hand finished values to the stream as they come, so the writer's buffer holds about one row.
            if (writer.BytesPending > 1 << 16) writer.Flush();
        }
        writer.WriteEndArray();
    }

    private static readonly string[] CsvColumns =
    [
        "id", "pipeline_run_id", "run_id", "article_id", "decision", "rank", "decision_stage", "decision_rule", "decision_reason", "duplicate_of",
        "title", "url", "feed_name", "feed_url", "published_date", "language", "word_count", "content_length", "content_type",
        "tech_relevance_score", "quality_score", "ad_probability", "is_advertisement", "topics", "reading_time_minutes",
    ];

    /// <summary>The CSV's columns are the table's (<see cref="ArticleColumns"/>), without the long texts.</summary>
    private static readonly TableColumn<ArticleRow>[] CsvColumnsOf = [.. CsvColumns.Select(ArticleColumns.Table.Named)];

    /// <summary>One line per article for spreadsheets; topics joined with "; " (the text itself is in JSON and SQL).</summary>
    public static void ArticlesCsv(RunJoin run, TextWriter output)
    {
        output.WriteLine(string.Join(',', CsvColumns));
        foreach (var row in run.RowsInExportOrder())
        {
            var a = ForPeople(row);
            output.WriteLine(string.Join(',', CsvColumnsOf.Select(c => CsvField(c.Name == "topics" ? a.Topics is null ? null : string.Join("; ", a.Topics) : c.Value(a)))));
        }
    }

    /// <summary>
    /// A script that loads the whole run (its pipeline_runs row first, then every article, feed
    /// statistic and the newsletter, every column) into a PostgreSQL or SQLite database created
    /// from the project's migrations. Values are literals here by necessity, so each is escaped;
    /// the pipeline never executes it. Loading it twice changes nothing (ON CONFLICT DO NOTHING).
    /// </summary>
    public static void RunSql(PipelineRunRow run, RunJoin join, TextWriter sb)
    {
        sb.WriteLine($"-- Pipeline run {run.RunId}: load into a database created from the project's migrations (PostgreSQL or SQLite).");
        sb.WriteLine("BEGIN;");
        Insert(sb, PipelineRunColumns.Table, run);
        foreach (var a in join.RowsInExportOrder()) Insert(sb, ArticleColumns.Table, a);
        foreach (var f in join.FeedsByUrl()) Insert(sb, FeedStatisticsColumns.Table, f);
        if (join.Newsletter is { } n) Insert(sb, NewsletterColumns.Table, n);
        sb.WriteLine("COMMIT;");
    }

    /// <summary>One row with every column of its table (<see cref="TableColumns{TRow}"/>, the database load's own list).</summary>
    private static void Insert<TRow>(TextWriter sb, TableColumns<TRow> table, TRow row)
    {
        sb.Write("INSERT INTO ");
        sb.Write(table.Table);
        sb.Write(" (");
        sb.Write(string.Join(", ", table.All.Select(c => c.Name)));
        sb.Write(") VALUES (");
        sb.Write(string.Join(", ", table.All.Select(c => SqlLiteral(c.Value(row)))));
        sb.WriteLine(") ON CONFLICT (id) DO NOTHING;");
    }

    /// <summary>The run in numbers: funnel, drop reasons, languages, content types, topics, score histograms, feeds, LLM use and cost.</summary>
    public static void Analytics(RunJoin run, RunContext context, Runs.RunCostEstimate? cost, Stream output)
    {
        var tallies = run.Tallies;
        var selected = tallies.Selected;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Json.Indented.Encoder });
        writer.WriteStartObject();
        Property(writer, "runId", context.RunId);
        Property(writer, "startedAt", context.StartedAt);
        Property(writer, "funnel", context.Counts);
        // Where Score ran, and whether the GPU job failed and the CPU scorer stood in for it.
        Property(writer, "scoring", context.Scoring);
        Property(writer, "dropReasons", tallies.DropReasons);
        Property(writer, "languages", tallies.Languages);
        Property(writer, "contentTypes", tallies.ContentTypes);
        Property(writer, "topics", tallies.Topics);
        Property(writer, "relevanceHistogram", tallies.RelevanceHistogram);
        Property(writer, "qualityHistogram", tallies.QualityHistogram);
        Property(writer, "selectedAverage", selected.Count == 0 ? null : new
        {
            relevance = Math.Round(selected.Average(a => a.TechRelevanceScore ?? 0), 2),
            quality = Math.Round(selected.Average(a => a.QualityScore ?? 0), 2),
            readingTimeMinutes = Math.Round(selected.Average(a => a.ReadingTimeMinutes ?? 0), 1),
        });
        writer.WritePropertyName("feeds");
        WriteArray(writer, run.FeedsByFinalArticles().Select(ForPeople), Json.Indented);
        Property(writer, "llm", run.Llm);
        // What the run cost in AWS, estimated from its measured stage seconds and list prices (Runs/RunCost.cs).
        Property(writer, "cost", cost);
        writer.WriteEndObject();
    }

    /// <summary>One property of a streamed object; a null is left out, as the serializer leaves out null members.</summary>
    private static void Property<T>(Utf8JsonWriter writer, string name, T? value)
    {
        if (value is null) return;
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, Json.Indented);
    }

    /// <summary>Story clusters: each kept representative with the copies (same URL, same text, near-same story) folded into it.</summary>
    public static void Clusters(RunJoin run, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Json.Indented.Encoder });
        WriteArray(writer, run.Clusters(), Json.Indented);
    }

    private static string CsvField(object? value)
    {
        var text = value switch
        {
            bool b => b ? "true" : "false",
            Guid g => RowIds.Text(g),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        // A leading =, +, -, @, tab or CR makes spreadsheets evaluate the cell: neutralise it (CSV injection, OWASP).
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0]) && value is string) text = "'" + text;
        // Quoted also at ';' and tabs: spreadsheets in locales whose list separator is ';' (de, fr, nl) split an
        // unquoted "news;=1+1" into a second cell that is a live formula.
        return text.IndexOfAny([',', ';', '\t', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Literals both PostgreSQL and SQLite read the same way (TRUE/FALSE, quoted UUIDs, array literals for UUID[]).</summary>
    private static string SqlLiteral(object? value) => value switch
    {
        null => "NULL",
        bool b => b ? "TRUE" : "FALSE",
        Guid g => "'" + RowIds.Text(g) + "'",
        UuidList ids => "'" + RowIds.ArrayLiteral(ids.Ids) + "'",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal) + "'",
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        double => "NULL",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => "'" + value.ToString()!.Replace("'", "''", StringComparison.Ordinal) + "'",
    };
}
