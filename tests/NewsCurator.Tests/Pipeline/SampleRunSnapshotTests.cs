using System.Text.Json.Nodes;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// The snapshot's comparison and the export readers it uses (the run itself is compared in
/// EndToEndTests): a changed decision, count or order is a difference; score noise is not.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SampleRunSnapshotTests
{
    private static JsonNode Committed() => JsonNode.Parse(File.ReadAllText(SampleRunSnapshot.SnapshotPath))!;

    [Fact]
    public void Differences_OfTheCommittedSnapshotWithItself_ShouldBeNone()
        => Assert.Empty(SampleRunSnapshot.Differences(Committed(), Committed()));

    [Fact]
    public void Differences_WhenAnArticleChangesItsDecision_ShouldNameThePath()
    {
        var changed = Committed();
        changed["articles"]![0]!["decision"] = "selected";

        var difference = Assert.Single(SampleRunSnapshot.Differences(Committed(), changed));
        Assert.StartsWith("articles[0].decision: expected \"dropped\", got \"selected\"", difference);
    }

    [Fact]
    public void Differences_WhenTheOrderOrTheFunnelChanges_ShouldReportEach()
    {
        var changed = Committed();
        var selected = changed["selected"]!.AsArray();
        var (first, second) = (selected[0]!.GetValue<string>(), selected[1]!.GetValue<string>());
        selected[0] = second;
        selected[1] = first;
        changed["funnel"]!["afterScoring"] = changed["funnel"]!["afterScoring"]!.GetValue<int>() + 1;
        changed["exports"]!["decisions.jsonl"]!.AsArray().RemoveAt(5);

        var differences = SampleRunSnapshot.Differences(Committed(), changed);

        Assert.Contains(differences, d => d.StartsWith("selected[0]:", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("selected[1]:", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("funnel.afterScoring:", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("exports.decisions.jsonl.length:", StringComparison.Ordinal));
    }

    [Fact]
    public void Differences_OfScores_ShouldAllowRoundingNoiseOnly()
    {
        var noisy = Committed();
        var moved = Committed();
        var id = noisy["scores"]!.AsObject().First().Key;
        var relevance = noisy["scores"]![id]![0]!.GetValue<double>();
        noisy["scores"]![id]![0] = relevance + 0.01;
        moved["scores"]![id]![0] = relevance + 0.05;

        Assert.Empty(SampleRunSnapshot.Differences(Committed(), noisy));
        Assert.StartsWith($"scores.{id}[0]:", Assert.Single(SampleRunSnapshot.Differences(Committed(), moved)));
    }

    [Fact]
    public void CsvRecords_WithQuotedCommasQuotesAndNewlines_ShouldKeepEachRecordWhole()
    {
        var records = ExportFileReaders.CsvRecords("id,text\r\na,\"one, \"\"two\"\"\nthree\"\nb,plain\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "one, \"two\"\nthree"], records[1]);
        Assert.Equal(["b", "plain"], records[2]);
    }

    [Fact]
    public void SqlInserts_WithSemicolonsQuotesAndNewlinesInLiterals_ShouldReadEveryInsert()
    {
        var inserts = ExportFileReaders.SqlInserts("""
            -- a comment; with a semicolon
            BEGIN;
            INSERT INTO articles (id, article_id, content, rank) VALUES ('1', 'a''b', 'x;
            INSERT INTO fake (y) VALUES (1);', NULL) ON CONFLICT (id) DO NOTHING;
            INSERT INTO feed_statistics (id, total) VALUES ('2', 10) ON CONFLICT (id) DO NOTHING;
            COMMIT;
            """);

        Assert.Equal(["articles", "feed_statistics"], inserts.Select(i => i.Table));
        Assert.Equal("a'b", inserts[0]["article_id"]);
        Assert.Equal("x;\nINSERT INTO fake (y) VALUES (1);", inserts[0]["content"]);
        Assert.Null(inserts[0]["rank"]);
        Assert.Equal("10", inserts[1]["total"]);
    }
}
