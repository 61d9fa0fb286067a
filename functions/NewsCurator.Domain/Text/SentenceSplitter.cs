namespace NewsCurator;

/// <summary>
/// Splits plain text into sentences the way a reader would. A hard line break ends a sentence
/// (headings, list items and table cells are lines of their own), except where a line is
/// merely wrapped: it ends without final punctuation and the next one goes on in lower case.
/// Within a line a sentence ends at . ! ? … followed by space and a capital, but not after an
/// abbreviation or an initial, and not inside brackets or quotes. Decimals, versions and URLs
/// never break, because their dots are not followed by a space.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(
        ("mr mrs ms dr prof sr jr st mt vs v e.g i.e cf al approx ca inc ltd co corp llc plc dept univ fig figs no nos vol " +
         "vols pp p ed eds rev gen gov sen rep col lt sgt capt jan feb mar apr jun jul aug sep sept oct nov dec " +
         "u.s u.k u.n e.u a.m p.m ph.d m.sc b.sc approx resp incl excl nr").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Names that end in '!' and go on mid-sentence ("in the try! Swift app", "Yahoo! Mail", "E! True Hollywood Story").</summary>
    private static readonly HashSet<string> BangNames = new(["yahoo", "try", "jeopardy", "wham", "e"], StringComparer.OrdinalIgnoreCase);

    private const string Closers = "\"'”’)]}»";
    private const string Terminals = ".!?…。！？｡";

    /// <summary>
    /// Chinese and Japanese full stops: the sentence ends at them with or without a space after, and before any letter (the
    /// scripts have no capitals). Every zh and ja story of a held-out run fell back to a cut preview: no sentence ever ended
    /// (thirty-seventh held-out review, F3).
    /// </summary>
    private const string IdeographicStops = "。！？｡";

    public static List<string> Split(string text) => [.. SplitByLine(text).Select(s => s.Sentence)];

    /// <summary><see cref="Split"/>, each sentence with the line it stands in.</summary>
    /// <param name="standsAlone">A line no wrapped line goes on from or into (<see cref="Lines"/>).</param>
    public static IEnumerable<(string Sentence, string Line)> SplitByLine(string text, Func<string, bool>? standsAlone = null)
    {
        var sentences = new List<string>();
        foreach (var line in Lines(LostBreaks.Restore(text), standsAlone))
        {
            sentences.Clear();
            SplitLine(line, sentences);
            foreach (var sentence in sentences) yield return (sentence, line);
        }
    }

    /// <summary>Lines of the text, with wrapped lines joined back into the line they continue.</summary>
    /// <param name="standsAlone">
    /// A line that is never a wrapped line's part, whatever its neighbour: a code listing's last line
    /// ("self.store.popitem(last=False)   # drop least-recently used") went on into the paragraph after it that opened on a
    /// lower-case identifier ("put writes the value, then checks size."), and the two passed as one sentence (held-out review 65, F8).
    /// </param>
    public static List<string> Lines(string text, Func<string, bool>? standsAlone = null)
    {
        var lines = new List<string>();
        // Joined in a builder: 60,000 wrapped one-word lines, each copying the line so far, held Enhance for 43 s.
        var current = new System.Text.StringBuilder();
        var last = ""; // the current line's last piece: its end is the line's end
        var hasSpace = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            // A quoted line wrapped in plain-text mail ("> a long sentence that\n> goes on") goes on without its mark.
            var quoteGoesOn = current.Length > 0 && StartsQuoted(current) && line.StartsWith(HtmlText.QuoteMarker, StringComparison.Ordinal)
                              && line.Length > HtmlText.QuoteMarker.Length;
            var next = quoteGoesOn ? line[HtmlText.QuoteMarker.Length..] : line;
            if (current.Length > 0 && (quoteGoesOn || !StartsQuoted(current)) && IsWrapped(last, current.Length, hasSpace, next)
                && !(standsAlone is not null && (standsAlone(last) || standsAlone(next))))
            {
                current.Append(' ').Append(next);
                hasSpace = true;
            }
            else
            {
                if (current.Length > 0) lines.Add(current.ToString());
                current.Clear().Append(line);
                hasSpace = line.Contains(' ', StringComparison.Ordinal);
            }
            last = line;
        }
        if (current.Length > 0) lines.Add(current.ToString());
        return lines;
    }

    private static bool StartsQuoted(System.Text.StringBuilder line)
        => line.Length >= HtmlText.QuoteMarker.Length && line[0] == HtmlText.QuoteMarker[0] && line[1] == HtmlText.QuoteMarker[1];

    /// <summary>Whether <paramref name="next"/> continues a line (of <paramref name="length"/> characters, ending in <paramref name="lastPiece"/>) that was merely wrapped.</summary>
    // A line that ends on a comma goes on into a line that opens with a name ("... support for utf8mb4," then "MySQL 8
    // compatibility, and ..." in the next paragraph opened a summary on its second half: held-out review 112, F5) where
    // that line ends the sentence; a heading (no final punctuation) stands alone, as do comma-ended lines of a list
    // ("apples," then "Pears,"). A bulleted line opens with its mark, no capital.
    private static bool IsWrapped(string lastPiece, int length, bool hasSpace, string next)
        => !EndsSentence(lastPiece) && length > 40 && !lastPiece.EndsWith(':') && hasSpace
           && (char.IsLower(next[0]) || (lastPiece.EndsWith(',') && next.Contains(' ', StringComparison.Ordinal) && EndsSentence(next) && OpensOnAName(next)));

    /// <summary>
    /// Whether a line opens on a name by its form: a capital or a digit inside its first word ("MySQL", "iOS") or a version or
    /// a second capitalised word after it ("Python 3.12", "Visual Studio"). A line that opens on any other capitalised word
    /// opens a sentence of its own after a comma-ended caption ("..., which pops up a little Find section below the ruler,"
    /// then "You probably also know ...", or "But the old Command-F bar stays ...": review of session 51, R7).
    /// </summary>
    private static bool OpensOnAName(string line)
    {
        var words = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !char.IsUpper(words[0][0])) return false;
        return words[0].AsSpan(1).IndexOfAny(UpperOrDigit) >= 0 || char.IsDigit(words[1][0]) || (char.IsUpper(words[1][0]) && !ClauseOpeners.Contains(words[0]));
    }

    // A pronoun or an article before a capitalised word opens a sentence ("The Find panel ...", "We Tried ..."), not a name.
    private static readonly HashSet<string> ClauseOpeners = new(
        "I You We They He She It This That These Those The A An There Here My Our Your Their His Her Its But And Or So Yet However Also Then Now Today In On At For With After Before When While If Since Because".Split(' '), StringComparer.Ordinal);

    /// <summary>True when the text ends in final punctuation, possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && Closers.Contains(text[end])) end--;
        return end >= 0 && Terminals.Contains(text[end]);
    }

    private static void SplitLine(string line, List<string> sentences)
    {
        var start = 0;
        var depth = 0;
        var openedAt = -1;
        // Straight quotes neither open nor close by their shape: those that pair up as quotations (QuotePairs) count
        // as brackets, so a quotation of several sentences ("X writes "A. B. C."") stays one sentence as a curly one does.
        var (opening, closing) = QuotePairs(line);
        var inStraight = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '(' or '[' or '{' or '“' || (c == '"' && opening?.Contains(i) == true))
            {
                if (depth == 0) openedAt = i;
                depth++;
                inStraight |= c == '"';
                continue;
            }
            if (c is ')' or ']' or '}' or '”' || (c == '"' && inStraight && closing!.Contains(i)))
            {
                depth = Math.Max(0, depth - 1);
                inStraight &= c != '"';
                continue;
            }
            // A bracket that never closes must not swallow the rest of a long paragraph.
            if (depth > 0 && i - openedAt > 400) (depth, inStraight) = (0, false);
            if (!Terminals.Contains(c)) continue;

            var end = i + 1;
            while (end < line.Length && Terminals.Contains(line[end])) end++;
            var lastTerminal = end - 1;
            var closeDepth = depth;
            var closeStraight = inStraight;
            while (end < line.Length && Closers.Contains(line[end]))
            {
                if (line[end] is ')' or ']' or '}' or '”' || (line[end] == '"' && closeStraight && closing!.Contains(end)))
                {
                    closeDepth = Math.Max(0, closeDepth - 1);
                    closeStraight &= line[end] != '"';
                }
                end++;
            }
            var endsHere = end < line.Length && closeDepth == 0
                && (IdeographicStops.Contains(line[lastTerminal]) || IsGluedSentence(line, start, i, end)
                    || (char.IsWhiteSpace(line[end]) && StartsSentence(line, end) && !IsListNumber(line, start, i)
                        && !(c == '.' && IsAbbreviation(line, i)) && !(c == '!' && BangNames.Contains(WordBefore(line, i)))));
            if (!endsHere)
            {
                // A run of final punctuation ("...", "?!", "!!!!") ends where it ends: after its first mark, each of the
                // others ends the sentence there or not at all, as its last does (no abbreviation, name or list number
                // ends in one), so only the last is asked. Asking each read the rest of the run again: 200,000 dots
                // in an article held Enhance for 27 s.
                if (lastTerminal > i + 1) i = lastTerminal - 1;
                continue;
            }
            Add(sentences, line[start..end]);
            depth = 0;
            inStraight = false;
            start = end;
            i = end - 1;
        }
        Add(sentences, line[start..]);
    }

    /// <summary>Words that open a sentence and hardly ever follow a dot inside a name ("os.Getenv", "java.util.List").</summary>
    private static readonly HashSet<string> Openers = new(
        ("The This That These Those It Its We I In If You Your A An But And So Here There When What How Why Our For As At On To Today Now They He She Though However Then Once After Before With Without Also Finally Let Please Read See Click Learn Thanks " +
        "Using Since While Although Because Unlike Many Most Some Every Each Another Other Even Just Instead Overall Previously Recently Currently " +
        "Meanwhile Additionally Unfortunately Fortunately Luckily Interestingly Importantly Notably Basically Actually Sometimes Often Yesterday " +
        "Who Which Where Whether My His Her Their Not No Yes Use Speaking According Following During Despite Given").Split(' '),
        StringComparer.Ordinal);

    /// <summary>A letter of a script without capitals (Han, kana, Hangul, Arabic, Hebrew, Thai): any of them may open a sentence.</summary>
    public static bool IsUncased(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);

    /// <summary>Whether a word is one that opens sentences ("The", "We", "According") and names no type or product.</summary>
    public static bool IsOpener(string word) => Openers.Contains(word);

    /// <summary>
    /// Two sentences a lost line break glued together ("...more reliable.If you have tests...", "two
    /// vectors.Using the cosine distance", "He was 38.According to"): a lower-case word or a number, the
    /// final punctuation and, with no space, a word that opens sentences and names no type. Names with
    /// dots ("fmt.Println", "mux.Router", "keras.Model", "Node.js", "e.g.") don't match: the word after
    /// the dot is no opener.
    /// </summary>
    private static bool IsGluedSentence(string line, int start, int terminal, int next)
    {
        if (terminal < 2 || !char.IsUpper(line[next])) return false;
        var wordEnd = next + 1;
        while (wordEnd < line.Length && char.IsLetter(line[wordEnd])) wordEnd++;
        if (wordEnd >= line.Length || line[wordEnd] is not (' ' or ',' or '\'' or '\u2019') || !Openers.Contains(line[next..wordEnd])) return false;
        if (line[terminal] == '.' && IsAbbreviation(line, terminal)) return false;
        var before = line[terminal - 1];
        return (char.IsLower(before) && char.IsLetter(line[terminal - 2])) || (char.IsAsciiDigit(before) && !IsListNumber(line, start, terminal));
    }

    /// <summary>
    /// The positions of the straight quotes that pair up as quotations, or null: one opens at the line's start or after a
    /// space or bracket, before a word; the next that closes (after a word, before no letter or digit) is its partner.
    /// An opening quote met while one is pending leaves the first unpaired, as does a quote of neither shape: an inch
    /// mark (27" monitor) or a stray quote never holds the sentences after it together.
    /// </summary>
    private static (HashSet<int>? Opening, HashSet<int>? Closing) QuotePairs(string line)
    {
        HashSet<int>? opening = null, closing = null;
        var pending = -1;
        for (var i = line.IndexOf('"', StringComparison.Ordinal); i >= 0; i = i + 1 < line.Length ? line.IndexOf('"', i + 1) : -1)
        {
            var opens = (i == 0 || char.IsWhiteSpace(line[i - 1]) || line[i - 1] is '(' or '[') && i + 1 < line.Length && !char.IsWhiteSpace(line[i + 1]);
            var closes = i > 0 && !char.IsWhiteSpace(line[i - 1]) && (i + 1 == line.Length || !char.IsLetterOrDigit(line[i + 1]));
            if (pending >= 0 && closes)
            {
                (opening ??= []).Add(pending);
                (closing ??= []).Add(i);
                pending = -1;
            }
            else if (opens) pending = i;
        }
        return (opening, closing);
    }

    private static void Add(List<string> sentences, string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Length > 0) sentences.Add(sentence);
    }

    /// <summary>After the space: a capital, a digit, a name written in lower case, or an opening quote or bracket before one.</summary>
    private static bool StartsSentence(string line, int index)
    {
        while (index < line.Length && char.IsWhiteSpace(line[index])) index++;
        // ". — Offers a practical ...": a dash after a sentence's end opens an aside of its own (a digest's "why it
        // matters" line), not the sentence before's continuation (eleventh held-out review, F6); but a quotation's
        // attribution ("Stay hungry, stay foolish." — Steve Jobs) belongs to the quotation.
        if (index + 1 < line.Length && line[index] is '—' or '–' && char.IsWhiteSpace(line[index + 1]))
        {
            for (index++; index < line.Length && char.IsWhiteSpace(line[index]); index++) { }
            if (IsAttribution(line, index)) return false;
        }
        while (index < line.Length && "\"'“‘„‚([¿¡«".Contains(line[index])) index++;
        return index < line.Length && (char.IsUpper(line[index]) || char.IsDigit(line[index]) || IsUncased(line[index]) || IsLowerCaseName(line, index) || IsDotName(line, index));
    }

    /// <summary>
    /// A name that starts with a period and a capitalised word (".NET", ".NET's"): "Visual Studio Code. .NET Aspire brings ..."
    /// is two sentences, and a lead or dek that opens ".NET Aspire is now generally available." opens as written (held-out
    /// review 78, F1). An ellipsis leftover (". and", ".. the") has a space, a period or a lower-case letter after it.
    /// </summary>
    public static bool IsDotName(string text, int index)
        => index + 2 < text.Length && text[index] == '.' && char.IsUpper(text[index + 1]) && char.IsLetterOrDigit(text[index + 2]);

    /// <summary>What follows a dash to the line's end is a name of up to four capitalised words and no sentence's end: a quotation's attribution.</summary>
    private static bool IsAttribution(string line, int index)
    {
        if (line.Length - index > 60) return false;
        var rest = line.AsSpan(index).Trim();
        if (rest.Length == 0 || ".!?".Contains(rest[^1])) return false;
        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.Length > 0 && (++words > 4 || !char.IsUpper(word[0]))) return false;
        }
        return true;
    }

    /// <summary>
    /// A word at <paramref name="index"/> that starts in lower case and is a name by its form: a capital or a digit
    /// inside it (iOS, macOS, eBay, gRPC, jQuery, n8n, k8s). Such names open sentences as written; the sentence
    /// "n8n versions below 2.31.5 contain..." was rejected as starting mid-sentence and the summary lost its lead. So does
    /// an underscore between its letters (pg_dump).
    /// </summary>
    public static bool IsLowerCaseName(string text, int index)
    {
        if (index >= text.Length || !char.IsLower(text[index])) return false;
        var end = index + 1;
        var joined = false;
        for (; end < text.Length; end++)
        {
            if (char.IsLetterOrDigit(text[end])) continue;
            // An underscore inside is an identifier's (pg_dump, heap_force_freeze): "PostgreSQL 14. pg_dirtyread is ..." was
            // one sentence, and a summary of "3" printed four (held-out review 90, F7).
            if (text[end] == '_' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])) { joined = true; continue; }
            break;
        }
        return end - index >= 2 && (joined || text.AsSpan(index + 1, end - index - 1).IndexOfAny(UpperOrDigit) >= 0);
    }

    private static readonly System.Buffers.SearchValues<char> UpperOrDigit = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>"2. Seed set..." at the start of a line numbers a list item; it does not end a sentence.</summary>
    /// <remarks>Read in place: a copy of the sentence so far at each "Dr. Smith" made a long paragraph's split quadratic.</remarks>
    private static bool IsListNumber(string line, int start, int dot)
    {
        if (dot <= start) return false;
        var n = line.AsSpan(start, dot - start).Trim();
        return n.Length is > 0 and <= 3 && (!n.ContainsAnyExceptInRange('0', '9') || (n.Length == 1 && char.IsAsciiLetter(n[0])));
    }

    private static string WordBefore(string line, int index)
    {
        var wordStart = index;
        while (wordStart > 0 && !char.IsWhiteSpace(line[wordStart - 1]) && line[wordStart - 1] is not ('(' or '[' or '"' or '“')) wordStart--;
        return line[wordStart..index];
    }

    /// <summary>Whether the text ends on an abbreviation's dot ("... in the U.S.", "... Acme Inc."), no sentence's stop.</summary>
    public static bool EndsOnAbbreviation(string text) => text.Length > 0 && text[^1] == '.' && IsAbbreviation(text, text.Length - 1);

    private static bool IsAbbreviation(string line, int dot)
    {
        var word = WordBefore(line, dot);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "J. Smith"
        return Abbreviations.Contains(word) || IsDotted(word);
    }

    /// <summary>
    /// Letters of one or two joined by dots, "v.d", "a.k.a", "N.Y", "e.V": a name's particle or an abbreviation, which
    /// "Antoine v.d. Lee" and "a.k.a. Tim" go on after ("node.js", "os.Getenv" have longer parts).
    /// </summary>
    private static bool IsDotted(string word)
    {
        if (word.Length < 3 || word.Length > 8 || !word.Contains('.', StringComparison.Ordinal)) return false;
        foreach (var part in word.Split('.'))
            if (part.Length is 0 or > 2 || !part.All(char.IsLetter)) return false;
        return true;
    }
}
