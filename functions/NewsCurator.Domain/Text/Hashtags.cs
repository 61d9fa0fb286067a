using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsCurator;

/// <summary>
/// A social post's hashtags in a summary or preview: "If you're in to #kubernetes and #homelab setups" and a closing
/// "#opensource #opentofu #ossummit" printed markup as prose (held-out review 83, F5). A tag inside a sentence is its
/// word ("kubernetes"); a run of tags that closes the text, or a line, goes, with a "Tags:" label that only introduced it.
/// Only "#" before a letter-initial word with nothing glued before it: "C#", "F#", "#1234" and "issue #42" stay as written,
/// as does a tag the text names as one ("post it with the hashtag #askthepunk"), a preprocessor directive ("#pragma once",
/// "#include") and a colour ("#ffffff", "#cc0000"): code, not tags (hostile-input audit 53, H5).
/// </summary>
public static partial class Hashtags
{
    /// <summary>The text with its hashtags read as words and its closing runs of tags gone.</summary>
    public static string AsProse(string text)
    {
        if (!text.Contains('#', StringComparison.Ordinal)) return text;
        var colours = ColourContext().IsMatch(text);
        var closed = WithoutClosingRuns(text, colours);
        // A text that was nothing but tags keeps them: nothing would be left to read.
        if (!closed.Any(char.IsLetterOrDigit)) return text;
        return Tag().Replace(closed, m => IsCode(m.Groups["word"].Value, colours) ? m.Value : m.Groups["word"].Value);
    }

    /// <summary>
    /// The text without its closing runs of tags, a run at the end of the text or of a line: two or more tags, or one after
    /// a finished sentence, an emoji or a line break ("... tool. #opensource"); a lone last tag after words is the
    /// sentence's own ("the dashboard for #kubernetes"). Each line is read once, forward: a regular expression that tried
    /// the run from every blank before a tag cost the square of the run's length, and a 100 KB run of tags held Enhance
    /// for 38 s (hostile-input audit 53, H1).
    /// </summary>
    private static string WithoutClosingRuns(string text, bool colours)
    {
        StringBuilder? kept = null;
        var copied = 0;
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (ClosingRunOf(text, lineStart, lineEnd, colours) is var (from, to) && from < to)
            {
                kept ??= new StringBuilder(text.Length);
                kept.Append(text, copied, from - copied);
                copied = to;
            }
            lineStart = lineEnd + 1;
        }
        if (kept is null) return text;
        kept.Append(text, copied, text.Length - copied);
        return kept.ToString();
    }

    /// <summary>Where a line's closing run starts and ends (the span to remove), or null where the line has none.</summary>
    private static (int From, int To)? ClosingRunOf(string text, int lineStart, int lineEnd, bool colours)
    {
        // The line's trailing stretch of tags and blanks (from), its tags' starts and ends, found in one pass.
        var from = -1;
        var tags = new List<(int Start, int End)>();
        for (var p = lineStart; p < lineEnd;)
        {
            if (text[p] is ' ' or '\t')
            {
                if (from < 0) from = p;
                p++;
            }
            else if (text[p] == '#' && ReadTag(text, p, lineEnd) is { Success: true } tag && !IsCode(tag.Value[1..], colours))
            {
                if (from < 0) from = p;
                tags.Add((p, p + tag.Length));
                p += tag.Length;
            }
            else
            {
                from = -1;
                tags.Clear();
                p++;
            }
        }
        if (from < 0 || tags.Count == 0) return null;
        // After the line's start, a finished sentence, an emoji or a label's colon, one tag or more: the character stays.
        if (from == lineStart) return (lineStart, lineEnd);
        if (IsRunOpener(text[from - 1]))
            return text[from - 1] == ':' && LabelBefore(text, lineStart, from - 1) is var label and >= 0 ? (label, lineEnd) : (from, lineEnd);
        // After words, a run of two tags or more from the first blank before a tag that a blank and another tag follow; or
        // the rest after a tag that ends on an emoji's variation selector (a word character, and an emoji's part), which stays.
        for (var i = 0; i + 1 < tags.Count; i++)
        {
            var blankBefore = i == 0 ? from < tags[0].Start : tags[i - 1].End < tags[i].Start;
            if (blankBefore && tags[i].End < tags[i + 1].Start) return (i == 0 ? from : tags[i - 1].End, lineEnd);
            if (text[tags[i].End - 1] == '\uFE0F') return (tags[i].End, lineEnd);
        }
        return null;
    }

    /// <summary>How many times this thread read a tag in a closing-run scan: once per '#', whatever the run's length (a test's step count).</summary>
    [ThreadStatic]
    internal static long TagReads;

    private static Match ReadTag(string text, int at, int lineEnd)
    {
        TagReads++;
        return TagAt().Match(text, at, lineEnd - at);
    }

    private static bool IsRunOpener(char c)
        => c is '.' or '!' or '?' or '…' or ':' or ')' or '\uFE0F'
           || char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate;

    /// <summary>
    /// Where a "Tags:" or "Hashtags:" label before the colon at <paramref name="colon"/> starts, with the blanks before it,
    /// or -1: the label only introduced the run, and left alone it dangled ("...\nTags:"; hostile-input audit 53, H5).
    /// </summary>
    private static int LabelBefore(string text, int lineStart, int colon)
    {
        var end = colon;
        while (end > lineStart && text[end - 1] is ' ' or '\t') end--;
        var start = end;
        while (start > lineStart && char.IsLetter(text[start - 1]) && end - start < 8) start--;
        if (start > lineStart && char.IsLetterOrDigit(text[start - 1])) return -1;
        var word = text.AsSpan(start, end - start);
        if (!(word.Equals("tags", StringComparison.OrdinalIgnoreCase) || word.Equals("tag", StringComparison.OrdinalIgnoreCase)
              || word.Equals("hashtags", StringComparison.OrdinalIgnoreCase) || word.Equals("hashtag", StringComparison.OrdinalIgnoreCase)))
            return -1;
        while (start > lineStart && text[start - 1] is ' ' or '\t') start--;
        return start;
    }

    /// <summary>
    /// A word after '#' that is code, not a tag: a C or C# preprocessor directive ("#pragma once", "#include &lt;stdio.h&gt;",
    /// "#endif") or a colour of 3, 4, 6 or 8 hex digits with a digit in it or one letter repeated ("#cc0000", "#fff"). A
    /// word of hex letters ("#cafe", "#facade") stays a tag. A short colour of 3 or 4 digits only in a text about colours
    /// (<see cref="ColourContext"/>): "#A2A", "#B2B", "#E2E", "#DDD" are everyday tags in tech posts, and read as code they
    /// stayed as markup and kept a closing run of tags in the sentence (code review 45, R3).
    /// </summary>
    private static bool IsCode(string word, bool colours)
        => IsDirective(word) || (HexColour().IsMatch(word) && (colours || word.Length is 6 or 8));

    /// <summary>A text about colours: it names a colour's property, or writes a colour of 6 or 8 hex digits.</summary>
    [GeneratedRegex(@"\b(?:colou?rs?|background|foreground|fill|stroke|css|rgba?|hex|palette|theme|border)\b|#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColourContext();

    /// <summary>A C, C++ or C# preprocessor directive's name ("include", "pragma", "nullable"), as written after '#'.</summary>
    public static bool IsDirective(string word) => Directives.Contains(word);

    private static readonly HashSet<string> Directives = new(
        ["include", "define", "undef", "pragma", "if", "ifdef", "ifndef", "elif", "else", "endif", "import", "region", "endregion", "error", "warning", "line", "nullable"],
        StringComparer.Ordinal);

    [GeneratedRegex(@"^(?=[0-9a-fA-F]*[0-9]|([a-fA-F])\1+$)(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColour();

    /// <summary>A tag where the text is at a '#'.</summary>
    [GeneratedRegex(@"\G#\p{L}[\w-]*", RegexOptions.CultureInvariant)]
    private static partial Regex TagAt();

    [GeneratedRegex(@"(?<![\w#&/])(?<!\bhashtags?:?\s+)#(?<word>\p{L}[\w-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
