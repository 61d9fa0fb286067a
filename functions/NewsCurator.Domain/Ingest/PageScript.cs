using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A page's script flattened into an item's plain text: a site generator that makes a description by stripping tags (Hugo's
/// plainify) keeps a &lt;script&gt;'s body as words, so a student society's election post was stored and scored as "... have
/// begun! $(document).ready(function(){ shuffle(); function shuffle(){ $(".president").each(function(){ var divs = ...; for(var
/// i = 0; i The Candidates are: ..." (held-out review 118, F8). Only a run that opens at a page's bootstrap (jQuery's
/// ready handler, a DOMContentLoaded or load listener) and is made of statements goes, through to the next capitalised
/// sentence on the same line: a tutorial that names "$(document).ready()" in a sentence keeps it, and so does its code shown
/// to the reader, which keeps its line breaks.
/// </summary>
public static partial class PageScript
{
    /// <summary>Marks of statements at least after the bootstrap (";", "var", "function(", "=>", "}"): a sentence that names a handler with "{ init(); }" has two.</summary>
    private const int MinStatements = 4;

    /// <summary>The text without the page script flattened into it; the text itself where there is none.</summary>
    public static string Without(string text)
    {
        if (!text.Contains("document", StringComparison.Ordinal) && !text.Contains("window.", StringComparison.Ordinal)
            && !text.Contains("$(function", StringComparison.Ordinal) && !text.Contains("jQuery(function", StringComparison.Ordinal)) return text;
        var from = 0;
        var changed = false;
        // Each run is taken out once, from left to right; a text holds few.
        while (from < text.Length && Bootstrap().Match(text, from) is { Success: true } start)
        {
            // Only a run that prose of the page follows on the same line: a flattened script has lost its line breaks, code shown
            // to the reader keeps them, and a text whose prose is not capitalised Latin (a Chinese tutorial) is no place to cut
            // to its end (code review 52, R3).
            var prose = ProseAfter().Match(text, start.Index + start.Length);
            if (!prose.Success) break;
            var end = prose.Groups["sentence"].Index;
            var run = text.AsSpan(start.Index + start.Length, end - start.Index - start.Length);
            if (run.Contains('\n') || Statement().Count(run.ToString()) < MinStatements)
            {
                from = start.Index + start.Length;
                continue;
            }
            var before = text[..start.Index].TrimEnd(' ', '\t');
            var after = text[end..];
            text = before.Length == 0 || after.Length == 0 ? before + after : before + " " + after;
            from = before.Length;
            changed = true;
        }
        return changed ? text.TrimEnd() : text;
    }

    // A page's bootstrap: jQuery's "$(document).ready(function(){", "$(function(){", "jQuery(window).on('load', function(){",
    // "document.addEventListener('DOMContentLoaded', ...", "window.onload = function".
    [GeneratedRegex(@"(?:\$|jQuery)\(\s*(?:document|window)\s*\)\s*\.\s*(?:ready|load|on)\s*\(|(?:\$|jQuery)\(\s*function\s*\(|document\s*\.\s*addEventListener\s*\(\s*[""']DOMContentLoaded|window\s*\.\s*(?:onload\s*=|addEventListener\s*\(\s*[""']load)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Bootstrap();

    // A statement's marks: a semicolon, a declaration, a function, an arrow, a block's close.
    [GeneratedRegex(@";|\bvar\s|\blet\s|\bconst\s|\bfunction\s*\(|=>|\}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Statement();

    // The next sentence of prose: a capitalised word and two more words of letters, after a space or a script's mark.
    [GeneratedRegex(@"(?:^|[\s;{}()])(?<sentence>[A-Z][a-z]+(?: [A-Za-z][a-z'’]*[,:]?){2})", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ProseAfter();
}
