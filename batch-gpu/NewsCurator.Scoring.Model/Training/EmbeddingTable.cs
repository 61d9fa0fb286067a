using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// The encoder's embeddings of the labelled items that the heads read (title and body, per item id;
/// through tuned top layers when the encoder has them), computed once and kept in a file: the heads train and cross-validate in seconds on top of them, while
/// the encoder pass over 1,700 items takes minutes on a CPU. The file records the encoder and the
/// text budgets, and is recomputed when they change.
/// </summary>
public sealed class EmbeddingTable
{
    private const int Magic = 0x4E434554; // "NCET"

    public required string Key { get; init; }
    public required int Dimensions { get; init; }
    public Dictionary<string, (float[] Title, float[] Body)> Items { get; } = new(StringComparer.Ordinal);

    // v2: EncoderText leaves out a housekeeping opening (held-out review 64, F4); a table of v1 texts is recomputed.
    public static string KeyFor(EncoderText text) => $"{MiniLmAssets.BaseModelName}|{text.TitleTokens}|{text.BodyTokens}|v2";

    public static EmbeddingTable Compute(IReadOnlyList<Article> articles, ISentenceEncoder encoder, WordPieceTokenizer tokenizer, EncoderText text, TextWriter log)
    {
        // What the heads read: through the tuned top layers when the encoder has them.
        var table = new EmbeddingTable { Key = KeyFor(text) + (encoder.TunedTop is { } top ? $"|tuned-{top}" : ""), Dimensions = encoder.Dimensions };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var chunk in articles.Chunk(128))
        {
            var inputs = chunk.Select(a => text.Inputs(tokenizer, a)).ToList();
            var titles = encoder.Embed(inputs.Select(i => i.Title).ToList());
            var bodies = encoder.Embed(inputs.Select(i => i.Body).ToList());
            for (var i = 0; i < chunk.Length; i++) table.Items[chunk[i].Id] = (titles[i].Scoring, bodies[i].Scoring);
            log.WriteLine($"embedded {table.Items.Count}/{articles.Count} items ({table.Items.Count / clock.Elapsed.TotalSeconds:0.0} items/s, {encoder.Runtime})");
        }
        return table;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp)))
        {
            writer.Write(Magic);
            writer.Write(Key);
            writer.Write(Dimensions);
            writer.Write(Items.Count);
            foreach (var (id, (title, body)) in Items.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(id);
                foreach (var v in title) writer.Write(v);
                foreach (var v in body) writer.Write(v);
            }
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The table in the file, or null when there is none or it was made for another encoder or budget.</summary>
    public static EmbeddingTable? TryLoad(string path, string key)
    {
        if (!File.Exists(path)) return null;
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != Magic || reader.ReadString() != key) return null;
        var table = new EmbeddingTable { Key = key, Dimensions = reader.ReadInt32() };
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var id = reader.ReadString();
            var title = new float[table.Dimensions];
            var body = new float[table.Dimensions];
            for (var d = 0; d < title.Length; d++) title[d] = reader.ReadSingle();
            for (var d = 0; d < body.Length; d++) body[d] = reader.ReadSingle();
            table.Items[id] = (title, body);
        }
        return table;
    }
}
