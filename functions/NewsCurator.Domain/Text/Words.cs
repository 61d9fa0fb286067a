using System.Text;

namespace NewsCurator;

/// <summary>Word-level helpers shared by filter, scoring and enhancement, so all of them count the same way.</summary>
public static class Words
{
    /// <summary>
    /// English function words: what a sentence is about is in its other words (summary sentence scores,
    /// the check that an LLM's summary reuses the article's words).
    /// </summary>
    public static readonly IReadOnlySet<string> Function = new HashSet<string>(
        "a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those i you he she we they them his her our their my your not no so than then there here what which who whom how when where why all any each more most some such can could will would should may might must do does did has have had about into over after before also just very".Split(' '),
        StringComparer.Ordinal);

    /// <summary>A text's letters and digits, lower-cased: two texts that differ only in spacing, case and punctuation read alike.</summary>
    public static string LettersAndDigits(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord) count++;
            inWord = isWordChar;
        }
        return count;
    }

    /// <summary>
    /// Words, with a Chinese or Japanese run counted by its characters: those scripts write no spaces, so a paragraph of
    /// 201 characters was 15 "words" and any article a one-minute read (held-out review 74, F5). Latin, Cyrillic and
    /// Hangul text (written with spaces) count as <see cref="Count"/> does.
    /// </summary>
    public static int CountAnyScript(string text) => Count(text) + Ideographs(text) / IdeographsPerWord;

    /// <summary>
    /// Han characters and kana in a text: Chinese and Japanese write no spaces, so a sentence of forty characters was one or
    /// two "words" and every one was a fragment (thirty-seventh held-out review, F3). Hangul is written with spaces.
    /// </summary>
    public static int Ideographs(string text) => text.Count(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF');

    /// <summary>Hangul syllables (each a block of two or three letters) in a text.</summary>
    public static int HangulSyllables(string text) => text.Count(c => c is >= '\uAC00' and <= '\uD7A3');

    /// <summary>
    /// About as many Han characters or kana make a word of English. At 230 English words a minute this reads 460
    /// characters a minute, within the 400-600 characters a minute given for silent reading of Chinese and Japanese.
    /// </summary>
    public const int IdeographsPerWord = 2;

    /// <summary>About as many letters of English say what one Han character or kana says (a word of six, with its space, per two).</summary>
    public const int LettersPerIdeograph = 3;

    /// <summary>
    /// About as many letters of English say what one Hangul syllable says: Korean, written with spaces, runs to about 40-50%
    /// of the characters of the same English text; the lower ratio, so a Korean teaser is not let through as an article.
    /// </summary>
    public const int LettersPerHangulSyllable = 2;

    /// <summary>A text's length in letters of English: a Han character or kana as <see cref="LettersPerIdeograph"/>, a Hangul syllable as <see cref="LettersPerHangulSyllable"/>, any other character as one.</summary>
    public static int EnglishLength(string text)
        => text.Length + Ideographs(text) * (LettersPerIdeograph - 1) + HangulSyllables(text) * (LettersPerHangulSyllable - 1);

    /// <summary>Lower-case tokens of letters/digits (keeps '+', '#' and inner '.' so "c++", "c#", "node.js" survive).</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || ((c == '+' || c == '#') && current.Length > 0)
                || (c == '.' && current.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    /// <summary>
    /// Whether a text uses a word whole (no letter or digit on either side), as written (ordinal), in its first
    /// <paramref name="maxRead"/> characters.
    /// </summary>
    public static bool ContainsWhole(string text, string word, int maxRead = int.MaxValue)
    {
        if (word.Length == 0) return false;
        var span = text.AsSpan(0, Math.Min(text.Length, maxRead));
        for (var at = span.IndexOf(word, StringComparison.Ordinal); at >= 0; )
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(span[at - 1])) && (end == span.Length || !char.IsLetterOrDigit(span[end]))) return true;
            var next = span[end..].IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    /// <summary>Cuts text to at most maxLength characters at a word boundary, adding an ellipsis when it cut.</summary>
    public static string Truncate(string text, int maxLength)
    {
        text = text.Trim();
        if (text.Length <= maxLength) return text;
        const char ellipsis = '\u2026';
        var limit = maxLength - 1;
        var cut = limit;
        while (cut > 0 && !char.IsWhiteSpace(text[cut])) cut--;
        if (cut < limit / 2) cut = limit; // one giant word: cut it rather than return almost nothing
        if (char.IsLowSurrogate(text[cut])) cut--; // never half an emoji
        // Nor a dangling operator or opening bracket before the ellipsis ("... Builder Addons <=…" quoted a subject line:
        // thirty-second held-out review, F6).
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014', '<', '>', '=', '|', '&', '/', '+', '(', '[', '{') + ellipsis;
    }

    /// <summary>Whether a position in a text is inside a quotation (an odd number of straight quotation marks before it, inch marks aside, or an open curly one).</summary>
    public static bool IsQuoted(string text, int at)
    {
        var straight = 0;
        var open = 0;
        for (var i = 0; i < at && i < text.Length; i++)
        {
            // An inch mark ("the 27\" model") quotes nothing (review of session 37, R7; hostile-input audit 43, H9).
            if (text[i] == '"' && !(i > 0 && char.IsDigit(text[i - 1]))) straight++;
            else if (text[i] == '“') open++;
            else if (text[i] == '”') open = Math.Max(0, open - 1);
        }
        return straight % 2 == 1 || open > 0;
    }
}
