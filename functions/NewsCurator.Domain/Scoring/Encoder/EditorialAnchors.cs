using NewsCurator.Configuration;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// Named groups of phrases embedded once (the profile's interests, the topic taxonomy), against
/// which each article's embedding is compared: an article's similarity to a group is its best
/// cosine to one of the group's phrases, so one on-target phrase is enough.
/// </summary>
public sealed class EditorialAnchors
{
    private readonly List<(string Name, float[][] Phrases)> _groups;

    private EditorialAnchors(List<(string Name, float[][] Phrases)> groups) => _groups = groups;

    public static EditorialAnchors Embed(IEnumerable<(string Name, IReadOnlyList<string> Phrases)> groups, ISentenceEncoder encoder, WordPieceTokenizer tokenizer, int maxTokens = 64)
    {
        var list = groups.ToList();
        var inputs = list.SelectMany(g => g.Phrases).Select(p => tokenizer.Encode(p, maxTokens)).ToList();
        var embedded = inputs.Count == 0 ? [] : encoder.Encode(inputs);
        var result = new List<(string, float[][])>();
        var next = 0;
        foreach (var (name, phrases) in list)
        {
            result.Add((name, embedded.Skip(next).Take(phrases.Count).ToArray()));
            next += phrases.Count;
        }
        return new EditorialAnchors(result);
    }

    public int Count => _groups.Count;

    /// <summary>Each group's best phrase cosine with the embedding, rounded to 3 decimals (they go into the decision record).</summary>
    public Dictionary<string, double> Similarities(float[] embedding)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, phrases) in _groups)
            result[name] = Math.Round(phrases.Length == 0 ? 0 : phrases.Max(p => SentencePooling.Cosine(p, embedding)), 3);
        return result;
    }

    /// <summary>
    /// Each group's background: its median similarity over texts about none of them (<see cref="NeutralReference"/>),
    /// the cosine any article has with it by sharing the encoder's space, not its subject. Select pays the profile
    /// only above it (held-out review 85, F2).
    /// </summary>
    public Dictionary<string, double> Backgrounds(IReadOnlyList<string> references, ISentenceEncoder encoder, WordPieceTokenizer tokenizer, int maxTokens = 256)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (_groups.Count == 0 || references.Count == 0) return result;
        var similarities = encoder.Encode(references.Select(r => tokenizer.Encode(r, maxTokens)).ToList()).Select(Similarities).ToList();
        foreach (var (name, _) in _groups)
        {
            result[name] = Math.Round(Statistics.Median(similarities.Select(s => s[name]).Order().ToList()), 3);
        }
        return result;
    }

    public static IEnumerable<(string, IReadOnlyList<string>)> Groups(ProfileConfig profile)
        => profile.Interests.Select(i => (i.Name, i.Phrases));
}
