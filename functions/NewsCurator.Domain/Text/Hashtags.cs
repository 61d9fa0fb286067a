using System.Text.RegularExpressions;

namespace NewsCurator;

/// <summary>
/// A social post's hashtags in a summary or preview: "If you're in to #kubernetes and #homelab setups" and a closing
/// "#opensource #opentofu #ossummit" printed markup as prose (held-out review 83, F5). A tag inside a sentence is its
/// word ("kubernetes"); a run of tags that closes the text, or a line, goes. Only "#" before a letter-initial word with
/// nothing glued before it: "C#", "F#", "#1234" and "issue #42" stay as written, as does a tag the text names as one ("post
/// it with the hashtag #askthepunk").
/// </summary>
public static partial class Hashtags
{
    /// <summary>The text with its hashtags read as words and its closing runs of tags gone.</summary>
    public static string AsProse(string text)
    {
        if (!text.Contains('#', StringComparison.Ordinal)) return text;
        var closed = ClosingRun().Replace(text, "$1");
        // A text that was nothing but tags keeps them: nothing would be left to read.
        if (!closed.Any(char.IsLetterOrDigit)) return text;
        return Tag().Replace(closed, "${word}");
    }

    /// <summary>
    /// A run of tags at the end of the text or of a line: two or more, or one after a finished sentence, an emoji or a line
    /// break ("... tool. #opensource"); a lone last tag after words is the sentence's own ("the dashboard for #kubernetes").
    /// </summary>
    [GeneratedRegex(@"(?:(^|[.!?…:)\p{So}\p{Cs}\uFE0F])[ \t]*|[ \t]+(?=#\p{L}[\w-]*[ \t]+#))(?:#\p{L}[\w-]*[ \t]*)+(?=\n|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingRun();

    [GeneratedRegex(@"(?<![\w#&/])(?<!\bhashtags?:?\s+)#(?<word>\p{L}[\w-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
