namespace NewsCurator;

/// <summary>
/// A diagram drawn in characters (box-drawing "┌──┐ │ │ └──┘", arrows "► ▼", ASCII "+------+ | Client | --> | Server |") that a
/// feed flattened into the text: once its &lt;pre&gt; is gone nothing shows it was a drawing, and its glyphs and its labels
/// spelled letter by letter ("R e q u e s t ┌ │ │ s ─ ─ q ► ...") counted as words. A two-sentence teaser with 1,300
/// characters of it passed content.min_length, gained quality points and changed type (held-out review 90, F1). Such a
/// drawing is markup, not words: a line that is mostly drawing, and a long run of drawing within a line, leave the text.
/// Only Latin letters, digits and signs count as spelled single characters, so CJK text (a character a word) is prose;
/// a line with a few arrows ("1 → 2 → 3") or a table's row of words and numbers ("| GPT-4 | 86.4 | 1.2s |") stays.
/// </summary>
public static partial class GlyphArt
{
    /// <summary>A line of drawing has at least this many visible characters (a short rule or "* * *" is the text's own).</summary>
    private const int MinLineChars = 20;

    /// <summary>Share of a line's visible characters that are drawing or spelled single characters, for the line to be drawing.</summary>
    private const double MinLineShare = 0.6;

    /// <summary>A run of drawing tokens inside a line of prose is cut at this many tokens ("1 → 2 → 3 → 4 → 5" is far shorter).</summary>
    private const int MinRunTokens = 24;

    /// <summary>Drawing tokens (not spelled letters) a line or a run needs: the glyphs that make it a drawing.</summary>
    private const int MinDrawingTokens = 4;

    /// <summary>The text without lines of drawing and long runs of it (see the class); a text with none comes back as it is.</summary>
    public static string Without(string text)
    {
        if (string.IsNullOrEmpty(text) || !MayDraw(text)) return text;
        var lines = text.Split('\n');
        var shapes = lines.Select(Shape).ToArray();
        var table = MarkdownTable(lines);
        var drawn = shapes.Select((s, i) => !table[i] && s.Visible >= MinLineChars && s.DrawingChars >= MinDrawingChars && s.Drawn >= s.Visible * MinLineShare).ToArray();
        // A box's middle row holds its labels ("| Client | ---> | Proxy |"): beside a drawn line, a row that is still largely
        // drawing is the drawing's too. Spread outward from the drawn lines, each row looked at once: repeated passes over all
        // lines moved one row a pass when the spread ran upward, quadratic in the lines (code review 46, R4).
        var spread = new Queue<int>(Enumerable.Range(0, lines.Length).Where(i => drawn[i]));
        while (spread.TryDequeue(out var at))
            foreach (var i in (ReadOnlySpan<int>)[at - 1, at + 1])
                if (i >= 0 && i < lines.Length && !drawn[i] && !table[i]
                    && shapes[i].DrawingTokens >= MinDrawingTokens && shapes[i].Drawn >= shapes[i].Visible * MinRowShare)
                {
                    drawn[i] = true;
                    spread.Enqueue(i);
                }
        var any = false;
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (drawn[i]) { any = true; continue; }
            var clean = table[i] ? lines[i] : WithoutDrawingRun(lines[i]);
            if (!ReferenceEquals(clean, lines[i])) any = true;
            if (clean.Length > 0 || lines[i].Trim().Length == 0) kept.Add(clean);
        }
        return any ? string.Join('\n', kept).Trim() : text;
    }

    /// <summary>
    /// The lines of a markdown table: a separator row of cells of dashes ("|---|:--:|") under a row of cells, and the rows of cells
    /// around it. A table's rule is no drawing's, and its rows of marks ("| Vision | ● | ○ |") are data: spread from the rule, a
    /// comparison table lost its rows and kept its header (hostile-input audit 54, H6). A box's border has corners ("+----+"), no
    /// cell of dashes alone between pipes.
    /// </summary>
    private static bool[] MarkdownTable(string[] lines)
    {
        var table = new bool[lines.Length];
        for (var i = 1; i < lines.Length; i++)
        {
            if (!TableRule().IsMatch(lines[i]) || !IsTableRow(lines[i - 1])) continue;
            table[i] = true;
            for (var up = i - 1; up >= 0 && !table[up] && IsTableRow(lines[up]); up--) table[up] = true;
            var down = i + 1;
            for (; down < lines.Length && IsTableRow(lines[down]); down++) table[down] = true;
            i = down - 1;
        }
        return table;
    }

    /// <summary>A row of a markdown table: cells between pipes, a word among them.</summary>
    private static bool IsTableRow(string line)
    {
        var t = line.Trim();
        return t.Length > 2 && t[0] == '|' && t[^1] == '|' && !TableRule().IsMatch(t) && t.Any(char.IsLetterOrDigit);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")]
    private static partial System.Text.RegularExpressions.Regex TableRule();

    /// <summary>Share of a box's labelled row that is drawing, beside a drawn line.</summary>
    private const double MinRowShare = 0.4;

    /// <summary>Characters of drawing (not spelled letters) a line of drawing has at least.</summary>
    private const int MinDrawingChars = 8;

    /// <summary>Whether a text has any box-drawing, arrow or block glyph, or an ASCII drawing token ("+--", "-->", "|--").</summary>
    private static bool MayDraw(string text)
    {
        foreach (var c in text) if (IsGlyph(c)) return true;
        return text.Contains("+--", StringComparison.Ordinal) || text.Contains("-+", StringComparison.Ordinal) || text.Contains("--|", StringComparison.Ordinal) || text.Contains("|--", StringComparison.Ordinal);
    }

    private readonly record struct LineShape(int Visible, int Drawn, int DrawingTokens, int DrawingChars);

    private static LineShape Shape(string line)
    {
        int visible = 0, drawn = 0, drawing = 0, drawingChars = 0;
        foreach (var t in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            visible += t.Length;
            if (IsDrawingToken(t)) { drawn += t.Length; drawing++; drawingChars += t.Length; }
            else if (IsSpelledCharacter(t)) drawn += t.Length;
        }
        return new LineShape(visible, drawn, drawing, drawingChars);
    }

    /// <summary>A line of prose without a long run of drawing and spelled characters glued to it; the words around it stay.</summary>
    private static string WithoutDrawingRun(string line)
    {
        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < MinRunTokens) return line;
        var sb = new System.Text.StringBuilder(line.Length);
        var removed = false;
        for (var i = 0; i < tokens.Length;)
        {
            var end = i;
            var runDrawing = 0;
            while (end < tokens.Length && (IsDrawingToken(tokens[end]) || IsSpelledCharacter(tokens[end])))
            {
                if (IsDrawingToken(tokens[end])) runDrawing++;
                end++;
            }
            if (end - i >= MinRunTokens && runDrawing >= MinDrawingTokens) { removed = true; i = end; continue; }
            for (var j = i; j < Math.Max(end, i + 1); j++) sb.Append(sb.Length > 0 ? " " : "").Append(tokens[j]);
            i = Math.Max(end, i + 1);
        }
        return removed ? sb.ToString() : line;
    }

    /// <summary>A token drawn, not written: box-drawing, arrow or block glyphs, or ASCII signs with a line in them ("+----+", "-->", "|").</summary>
    private static bool IsDrawingToken(string token)
    {
        var glyph = false;
        var lines = 0;
        foreach (var c in token)
        {
            if (IsGlyph(c)) glyph = true;
            else if (c is '-' or '=' or '|' or '+' or '_') lines++;
            else if (c is not ('<' or '>' or '/' or '\\' or '^' or '*' or '.' or ':' or '#' or '~')) return false;
        }
        return glyph || lines >= 2 || token is "|";
    }

    /// <summary>One Latin letter, digit or ASCII sign standing alone: a label spelled down a drawing's column.</summary>
    private static bool IsSpelledCharacter(string token) => token.Length == 1 && token[0] is > ' ' and <= '~';

    /// <summary>Arrows, box drawing, blocks and geometric shapes (U+2190-21FF, U+2500-25FF), long and supplemental arrows.</summary>
    private static bool IsGlyph(char c) => c is >= '\u2190' and <= '\u21FF' or >= '\u2500' and <= '\u25FF' or >= '\u27F0' and <= '\u27FF' or >= '\u2900' and <= '\u297F';
}
