using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// What the sample run (config/pipeline.yaml over samples/feeds.opml) decides and writes, as a JSON
/// document compared with the committed tests/fixtures/sample-run/snapshot.json: the run funnel;
/// every feed's funnel; every article's decision (stage, rule, duplicate_of, rank) and scores; the
/// selected ids in rank order; every key the run wrote; each export file's structure (CSV header,
/// rows and their order, the JSON and JSON Lines id orders, the clusters, the SQL script's INSERTs
/// per table and its article order); the database's rows per table. Refactors that should not
/// change behaviour keep this snapshot; one that changes a decision, a count or an order fails it.
///
/// Left out because they vary legitimately: times (timestamps, latencies, durations, and the costs
/// priced from them), absolute paths (the checkout's path inside file:// feed URLs is replaced by
/// "{repo}"), the Ingest Map Run's id (a fresh GUID per execution, replaced by "{mapRun}"), the
/// hash of each stage input in the invocation records' keys (it changes with any field added to
/// the run context; the count of records per stage stays pinned) and schema_version's rows (a new migration is not a behaviour change of the run). Texts (titles,
/// summaries, reasons) are left to the other end-to-end tests: the reasons print scores, and the
/// ids and decisions already pin which article went where.
///
/// Scores are the encoder's (ONNX Runtime on the CPU), whose kernels differ by instruction set, so
/// the last bits of a score may differ from one CPU model to another. The pipeline stores them
/// rounded to 2 decimals (the ad probability to 4); a last-bit difference can flip that rounding, so
/// they are compared within <see cref="ScoreTolerance"/>, not exactly. Decisions and ranks are
/// compared exactly: they read those rounded values (a rank score is a sum of them and of the
/// profile points rounded to 3 decimals; equal sums are ordered by id), so noise changes one only
/// where it also flips a rounding right at a threshold or a tie. Measured at 7302e2c: two runs give
/// identical snapshots; the closest calls are a quality of 2.99 under min_quality 3.0 and ranks 10
/// and 11, whose rank scores are both 9.741 (ordered by id).
///
/// Regenerate after an intended change: <c>NEWSCURATOR_WRITE_SNAPSHOT=1 dotnet test tests/NewsCurator.Tests
/// --filter "FullyQualifiedName~EndToEndTests.SampleRun_WhenRunThroughTheDefinition"</c>, then review
/// the diff of the snapshot file and say in the commit why it changed.
/// </summary>
public static class SampleRunSnapshot
{
    public const string WriteVariable = "NEWSCURATOR_WRITE_SNAPSHOT";

    /// <summary>The run's clock, pinned: no decision of the sample run reads it (max_age_days is 0), but a config change could.</summary>
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero));

    /// <summary>Largest difference allowed between a score and its snapshot (two steps of the stored rounding).</summary>
    public const double ScoreTolerance = 0.02;

    public static string SnapshotPath => Repo.Path("tests", "fixtures", "sample-run", "snapshot.json");

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the snapshot of a finished run, then writes it (with the variable set) or compares it with the committed one.</summary>
    public static void Verify(PipelineHarness harness, string runId, RunCounts counts)
    {
        var actual = Take(harness, runId, counts);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SnapshotPath)!);
            File.WriteAllText(SnapshotPath, actual.ToJsonString(Indented) + "\n");
        }
        Assert.True(File.Exists(SnapshotPath), $"{SnapshotPath} is missing; create it with {WriteVariable}=1");
        var expected = JsonNode.Parse(File.ReadAllText(SnapshotPath))!;
        var differences = Differences(expected, actual);
        Assert.True(differences.Count == 0,
            $"The sample run differs from {SnapshotPath} at {differences.Count} places (first 40):\n"
            + string.Join('\n', differences.Take(40))
            + $"\nIf the change is intended, regenerate the file with {WriteVariable}=1 and review its diff.");
    }

    /// <summary>The snapshot of run <paramref name="runId"/> in the harness's folder and database.</summary>
    public static JsonObject Take(PipelineHarness harness, string runId, RunCounts counts)
    {
        var prefix = $"runs/{runId}/";
        var export = prefix + "export/";
        var csv = ExportFileReaders.CsvRecords(harness.ReadBlob(export + "articles.csv"));
        var csvId = csv[0].IndexOf("article_id");
        var sql = ExportFileReaders.SqlInserts(harness.ReadBlob(export + "articles.sql"));
        using var articlesJson = JsonDocument.Parse(harness.ReadBlob(export + "articles.json"));
        using var clusters = JsonDocument.Parse(harness.ReadBlob(export + "clusters.json"));

        return new JsonObject
        {
            ["funnel"] = JsonSerializer.SerializeToNode(counts, NewsCurator.Storage.Json.Options),
            ["feeds"] = Array(harness.Query<(string Url, string Status, long Total, long Content, long Ads, long Quality, long Final)>(
                    "SELECT feed_url, status, total_articles, passed_content_filter, passed_ad_detection, passed_quality_scoring, final_articles " +
                    "FROM feed_statistics WHERE run_id = @runId ORDER BY feed_url", new { runId })
                .Select(f => new JsonObject
                {
                    ["feed_url"] = WithoutCheckout(f.Url), ["status"] = f.Status, ["total"] = f.Total, ["passed_content_filter"] = f.Content,
                    ["passed_ad_detection"] = f.Ads, ["passed_quality_scoring"] = f.Quality, ["final"] = f.Final,
                })),
            ["articles"] = Array(harness.Query<(string Id, string Decision, string Stage, string Rule, string? DuplicateOf, long? Rank)>(
                    "SELECT article_id, decision, decision_stage, decision_rule, duplicate_of, rank FROM articles WHERE run_id = @runId ORDER BY article_id", new { runId })
                .Select(a => new JsonObject
                {
                    ["article_id"] = a.Id, ["decision"] = a.Decision, ["stage"] = a.Stage, ["rule"] = a.Rule, ["duplicate_of"] = a.DuplicateOf, ["rank"] = a.Rank,
                })),
            ["selected"] = Array(harness.Query<string>("SELECT article_id FROM articles WHERE run_id = @runId AND decision = 'selected' ORDER BY rank", new { runId })),
            ["keys"] = Array(Keys(harness.OutDir, prefix)),
            ["exports"] = new JsonObject
            {
                ["articles.csv"] = new JsonObject
                {
                    ["header"] = Array(csv[0]),
                    ["rows"] = csv.Count - 1,
                    ["article_ids"] = Array(csv.Skip(1).Select(r => r[csvId])),
                },
                ["articles.json"] = new JsonObject
                {
                    ["selected"] = Array(articlesJson.RootElement.GetProperty("selected").EnumerateArray().Select(a => a.GetProperty("article_id").GetString())),
                    ["dropped"] = Array(articlesJson.RootElement.GetProperty("dropped").EnumerateArray().Select(a => a.GetProperty("article_id").GetString())),
                },
                ["decisions.jsonl"] = Array(harness.ReadBlob(export + "decisions.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(line => JsonNode.Parse(line)!["articleId"]!.GetValue<string>())),
                ["clusters.json"] = Array(clusters.RootElement.EnumerateArray().Select(c => new JsonObject
                {
                    ["representative"] = c.GetProperty("representative").GetProperty("id").GetString(),
                    ["members"] = Array(c.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("articleId").GetString())),
                })),
                ["articles.sql"] = new JsonObject
                {
                    ["inserts"] = new JsonObject(sql.GroupBy(i => i.Table).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count()))),
                    ["article_ids"] = Array(sql.Where(i => i.Table == "articles").Select(i => i["article_id"])),
                },
            },
            ["database"] = new JsonObject(harness.Query<string>(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_version' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .Select(table => KeyValuePair.Create(table, (JsonNode?)harness.Count($"SELECT COUNT(*) FROM \"{table}\"")))),
            ["scores"] = new JsonObject(harness.Query<(string Id, double? Relevance, double? Quality, double? Ad)>(
                    "SELECT article_id, CAST(tech_relevance_score AS REAL), CAST(quality_score AS REAL), CAST(ad_probability AS REAL) FROM articles WHERE run_id = @runId AND tech_relevance_score IS NOT NULL ORDER BY article_id",
                    new { runId })
                .Select(s => KeyValuePair.Create(s.Id, (JsonNode?)Array(new[] { s.Relevance, s.Quality, s.Ad })))),
        };
    }

    /// <summary>Where two snapshots differ, one line per path; scores within <see cref="ScoreTolerance"/> agree.</summary>
    public static List<string> Differences(JsonNode expected, JsonNode actual)
    {
        var want = Flatten(expected);
        var got = Flatten(actual);
        var differences = new List<string>();
        foreach (var (path, value) in want)
        {
            if (!got.TryGetValue(path, out var other)) differences.Add($"{path}: expected {value}, missing");
            else if (value != other && !(path.StartsWith("scores.", StringComparison.Ordinal) && WithinTolerance(value, other)))
                differences.Add($"{path}: expected {value}, got {other}");
        }
        differences.AddRange(got.Keys.Where(path => !want.ContainsKey(path)).Select(path => $"{path}: not expected, got {got[path]}"));
        return differences;
    }

    private static bool WithinTolerance(string expected, string actual)
        => double.TryParse(expected, CultureInfo.InvariantCulture, out var a) && double.TryParse(actual, CultureInfo.InvariantCulture, out var b)
           && Math.Abs(a - b) <= ScoreTolerance;

    /// <summary>Path -> JSON text of every leaf, in document order (arrays by index, so an inserted item shows where).</summary>
    private static Dictionary<string, string> Flatten(JsonNode node)
    {
        var leaves = new Dictionary<string, string>();
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    if (o.Count == 0) leaves[path] = "{}";
                    foreach (var (key, child) in o) Walk(child, path.Length == 0 ? key : $"{path}.{key}");
                    break;
                case JsonArray a:
                    leaves[path + ".length"] = a.Count.ToString(CultureInfo.InvariantCulture);
                    for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}[{i}]");
                    break;
                default:
                    leaves[path] = n?.ToJsonString() ?? "null";
                    break;
            }
        }
        Walk(node, "");
        return leaves;
    }

    /// <summary>
    /// Every key under the run's prefix (relative to it; the Map Run's GUID folder as {mapRun}, input hashes as {input}), then
    /// every key the run wrote outside it (feed state, sent memory, the local run's lock), minus the database.
    /// </summary>
    private static IEnumerable<string> Keys(string outDir, string prefix)
    {
        var all = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outDir, f).Replace('\\', '/'))
            .Where(k => k != "newscurator.db" && !k.StartsWith("newscurator.db-", StringComparison.Ordinal))
            .ToList();
        var inRun = all.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => System.Text.RegularExpressions.Regex.Replace(k[prefix.Length..], "^ingest/[0-9a-f-]{36}/", "ingest/{mapRun}/"))
            .Select(k => System.Text.RegularExpressions.Regex.Replace(k, "^invocations/([A-Za-z]+)-[0-9a-f]{16}\\.json$", "invocations/$1-{input}.json"));
        var outside = all.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => "/" + k);
        return inRun.Order(StringComparer.Ordinal).Concat(outside.Order(StringComparer.Ordinal));
    }

    private static string WithoutCheckout(string url) => url.Replace(Repo.Root.Replace('\\', '/'), "{repo}", StringComparison.Ordinal)
        .Replace(StableSamples.Replace('\\', '/'), "{samples}", StringComparison.Ordinal);

    /// <summary>
    /// Where the snapshot run reads the sample feeds from: the same folder on every machine. An article's id hashes its
    /// feed's URL, and a file:// URL holds the folder, so feeds read from the checkout would get other ids in another
    /// checkout, and ties (which copy of a story is kept, equal rank scores) are broken by id: the decisions themselves
    /// would differ by where the repository was cloned.
    /// </summary>
    public static readonly string StableSamples = Path.Combine(OperatingSystem.IsWindows() ? Path.GetTempPath() : "/tmp", "newscurator-sample-feeds");

    /// <summary>The sample config over a copy of samples/ at <see cref="StableSamples"/> (each file replaced atomically, so concurrent runs share it).</summary>
    public static string StableSampleConfig(PipelineHarness harness)
    {
        var source = Repo.Path("samples");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(StableSamples, Path.GetRelativePath(source, file));
            var bytes = File.ReadAllBytes(file);
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = $"{target}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, target, overwrite: true);
        }
        return harness.CopyOfSampleConfig("stable-sample.yaml",
            yaml => yaml.Replace(Repo.Path("samples", "feeds.opml"), Path.Combine(StableSamples, "feeds.opml"), StringComparison.Ordinal));
    }

    private static JsonArray Array<T>(IEnumerable<T> items) => new([.. items.Select(i => JsonValue.Create(i) is { } v ? (JsonNode)v : null)]);

    private static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items]);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
