using NewsCurator.Filter;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// The tokenizer: hashed word unigrams and bigrams (title and feed name kept apart from the body)
/// plus character trigrams of title words, so unseen and misspelt words still land near their
/// relatives. No vocabulary file: the hash space is the vocabulary, and it never goes stale.
/// </summary>
public sealed record HashedFeatures(int Buckets, int MaxBodyTokens = 300)
{
    public long[] Featurize(string title, string text, string? feedTitle)
    {
        var features = new List<long>(700);
        void Add(string key) => features.Add((long)(SimHash.Hash64(key) % (ulong)Buckets));
        var titleTokens = Words.Tokenize(title);
        foreach (var t in titleTokens)
        {
            Add("t:" + t);
            var padded = $"<{t}>";
            for (var i = 0; i + 3 <= padded.Length && i < 12; i++) Add(string.Concat("c:", padded.AsSpan(i, 3)));
        }
        for (var i = 0; i + 1 < titleTokens.Count; i++) Add($"t2:{titleTokens[i]} {titleTokens[i + 1]}");
        if (feedTitle is not null) foreach (var t in Words.Tokenize(feedTitle)) Add("f:" + t);
        var body = Words.Tokenize(text.Length > 4000 ? text[..4000] : text);
        var n = Math.Min(body.Count, MaxBodyTokens);
        for (var i = 0; i < n; i++)
        {
            Add("w:" + body[i]);
            if (i + 1 < n) Add($"w2:{body[i]} {body[i + 1]}");
        }
        Add(LengthBucket(body.Count));
        if (features.Count == 0) Add("empty");
        return [.. features];
    }

    /// <summary>Length is evidence of substance: give the model a token for it.</summary>
    private static string LengthBucket(int words) => words switch
    {
        < 20 => "len:tiny",
        < 80 => "len:short",
        < 300 => "len:medium",
        < 1000 => "len:long",
        _ => "len:verylong",
    };
}
