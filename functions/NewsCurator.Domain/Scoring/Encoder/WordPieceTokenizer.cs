using System.Globalization;
using System.Text;

namespace NewsCurator.Scoring.Encoder;

/// <summary>The ids of one text for the encoder: [CLS] word pieces [SEP], no padding.</summary>
public readonly record struct EncoderInput(int[] Ids)
{
    public int Length => Ids.Length;
}

/// <summary>
/// BERT's uncased tokenizer as all-MiniLM-L6-v2 was trained with (HuggingFace BertTokenizer with
/// do_lower_case): clean control characters, split CJK ideographs, lower-case and strip accents
/// (NFD without combining marks), split on whitespace and punctuation, then greedy longest-match
/// WordPiece with "##" continuations; a word longer than 100 characters or with no piece
/// decomposition becomes [UNK]. Tests hold its ids to a reference tokenizer on real feed text.
/// </summary>
public sealed class WordPieceTokenizer
{
    private const int MaxCharsPerWord = 100;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordPieceTokenizer(IReadOnlyList<string> vocabulary)
    {
        _vocabulary = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++) _vocabulary.TryAdd(vocabulary[i], i);
        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        Cls = Id("[CLS]");
        Sep = Id("[SEP]");
        Unk = Id("[UNK]");
        Pad = Id("[PAD]");
    }

    public int Cls { get; }
    public int Sep { get; }
    public int Unk { get; }
    public int Pad { get; }
    public int VocabularySize => _vocabulary.Count;

    private int Id(string token) => _vocabulary.TryGetValue(token, out var id) ? id : throw new InvalidDataException($"the vocabulary has no {token} token");

    /// <summary>[CLS] + the first maxTokens - 2 word pieces + [SEP].</summary>
    public EncoderInput Encode(string text, int maxTokens)
    {
        if (maxTokens < 2) throw new ArgumentOutOfRangeException(nameof(maxTokens), "room for [CLS] and [SEP] at least");
        var ids = new List<int>(Math.Min(maxTokens, 64)) { Cls };
        foreach (var piece in WordPieces(text))
        {
            if (ids.Count >= maxTokens - 1) break;
            ids.Add(piece);
        }
        ids.Add(Sep);
        return new EncoderInput([.. ids]);
    }

    /// <summary>Every word-piece id of the text, lazily (a long article is cut after the pieces a caller takes).</summary>
    public IEnumerable<int> WordPieces(string text)
    {
        foreach (var word in BasicTokens(text))
            foreach (var id in Pieces(word)) yield return id;
    }

    private IEnumerable<int> Pieces(string word)
    {
        if (word.EnumerateRunes().Count() > MaxCharsPerWord) { yield return Unk; yield break; }
        var pieces = new List<int>();
        var start = 0;
        while (start < word.Length)
        {
            var found = -1;
            var end = word.Length;
            while (end > start)
            {
                if (end < word.Length && char.IsLowSurrogate(word[end])) { end--; continue; } // never cut a surrogate pair
                var id = Lookup(word, start, end);
                if (id >= 0) { found = id; break; }
                end--;
            }
            if (found < 0) { yield return Unk; yield break; }
            pieces.Add(found);
            start = end;
        }
        foreach (var p in pieces) yield return p;
    }

    private int Lookup(string word, int start, int end)
    {
        var span = word.AsSpan(start, end - start);
        if (start == 0) return _lookup.TryGetValue(span, out var id) ? id : -1;
        Span<char> prefixed = end - start + 2 <= 256 ? stackalloc char[end - start + 2] : new char[end - start + 2];
        prefixed[0] = '#';
        prefixed[1] = '#';
        span.CopyTo(prefixed[2..]);
        return _lookup.TryGetValue(prefixed, out var pid) ? pid : -1;
    }

    /// <summary>BERT's BasicTokenizer: cleaned, lower-cased, accent-stripped words and single punctuation marks.</summary>
    public static IEnumerable<string> BasicTokens(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in Clean(text).EnumerateRunes())
        {
            if (IsWhitespace(rune)) { if (word.Length > 0) { yield return word.ToString(); word.Clear(); } continue; }
            if (IsPunctuation(rune) || IsCjk(rune.Value))
            {
                if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
                yield return rune.ToString();
                continue;
            }
            word.Append(rune.ToString());
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>Control characters out, whitespace to spaces, then lower case without accents.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == 0 || rune.Value == 0xFFFD || (IsControl(rune) && !IsWhitespace(rune))) continue;
            if (IsWhitespace(rune)) { sb.Append(' '); continue; }
            sb.Append(rune.ToString());
        }
        // Lower-casing before NFD, as Python's str.lower() then unicodedata.normalize("NFD").
        var decomposed = sb.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark) stripped.Append(rune.ToString());
        return stripped.ToString();
    }

    private static bool IsWhitespace(Rune r)
        => r.Value is ' ' or '\t' or '\n' or '\r' || Rune.GetUnicodeCategory(r) == UnicodeCategory.SpaceSeparator;

    private static bool IsControl(Rune r)
    {
        if (r.Value is '\t' or '\n' or '\r') return false;
        return Rune.GetUnicodeCategory(r) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }

    private static bool IsPunctuation(Rune r)
    {
        var cp = r.Value;
        if (cp is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126) return true;
        return Rune.GetUnicodeCategory(r) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    private static bool IsCjk(int cp)
        => cp is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF or >= 0x2A700 and <= 0x2B73F
            or >= 0x2B740 and <= 0x2B81F or >= 0x2B820 and <= 0x2CEAF or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;
}
