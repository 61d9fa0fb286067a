using System.Text;
using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Scoring;

/// <summary>
/// The score-line format, stated once: a scores file holds one <see cref="ArticleScore"/> per line,
/// as camelCase JSON with nulls left out (<see cref="Json.Options"/>: id, techRelevanceScore,
/// qualityScore, adProbability, isAdvertisement, contentType, scorer, reasons, and embedding,
/// profile, topics and adListing where the scorer gives them), in the candidates' order. The pipeline's
/// Score stage and GPU job write it (<see cref="ScoringJob"/>), Select and Export read it
/// (<see cref="RunScores"/>), and the batch <c>score</c> command writes it (ScoreFile), so a
/// scores file made by either side reads on the other.
/// </summary>
public static class ScoreLines
{
    public static JsonSerializerOptions Options => Json.Options;

    public const string ContentType = "application/x-ndjson";

    /// <summary>One line, without its newline.</summary>
    public static string Format(ArticleScore score) => JsonSerializer.Serialize(score, Options);

    /// <summary>One line back; a line that is not a score throws <see cref="JsonException"/>.</summary>
    public static ArticleScore Parse(string line)
        => JsonSerializer.Deserialize<ArticleScore>(line, Options) ?? throw new JsonException("a score line is null");

    /// <summary>A scores file written line by line and published whole (what the pipeline's scorers write).</summary>
    public static JsonLinesSpool<ArticleScore> Spool() => new(Options);

    /// <summary>A scores file's lines in order, as <typeparamref name="T"/> (a score, or a reader's projection of one); a bad line is reported with its number.</summary>
    public static IAsyncEnumerable<T> StreamAsync<T>(IBlobStore blobs, string key, CancellationToken ct = default)
        => blobs.StreamJsonLinesAsync<T>(key, Options, ct);

    /// <summary>A local scores file, written whole (a temporary file, then renamed over the target) or not at all.</summary>
    public static void WriteFile(string path, IEnumerable<ArticleScore> scores)
    {
        var temp = path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            foreach (var score in scores) writer.WriteLine(Format(score));
        }
        File.Move(temp, path, overwrite: true);
    }
}
