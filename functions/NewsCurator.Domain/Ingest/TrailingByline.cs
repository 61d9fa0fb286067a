using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A byline after a text's last sentence ("... what Vertebra and its use of XMPP bring to the table. &lt;i&gt;By Mirko
/// Stocker&lt;/i&gt;", "... — Jane Doe"): InfoQ closes every dek so. It names the writer, not the story, and with no stop
/// after it the text no longer read as finished, so the feed was no dek feed and two complete deks of 234 and 249
/// characters fell under content.min_length (held-out review 69, F6). Only two to six capitalised words (a name, "and" or
/// "&amp;" between names, a particle such as "van" or "de" inside a name) after a finished sentence, at the text's end: "... built by Google." ends on its stop and keeps
/// its words, and so does a text that is a byline alone.
/// </summary>
public static partial class TrailingByline
{
    public static string Without(string text)
    {
        // Only the text's end is read: a name is short, and a hostile text's megabyte is not scanned for one.
        if (Byline().Match(text, Math.Max(0, text.Length - MaxBylineRead)) is not { Success: true } m) return text;
        // A dash after a closing quote names the quote's speaker ('"... eating the world." — Marc Andreessen'): it stays.
        var stop = m.Groups["stop"].Value;
        if (m.Groups["dash"].Success && stop[^1] is '"' or '”' or '’' or '\'') return text;
        return text[..(m.Index + stop.Length)];
    }

    /// <summary>How far from the text's end a byline, with the stop before it, may begin.</summary>
    private const int MaxBylineRead = 160;

    // Case-sensitive names: "by the team" is prose. A name's lower-case particles ("By Guido van Rossum", "By Renato de
    // Souza", "by Ursula von der Leyen") stand only before a capitalised word of it (review of session 41, R11).
    [GeneratedRegex(@"(?<stop>[.!?…][""”’')\]]?)[ \t]*(?:\r?\n)?[ \t]*(?:(?:[Bb]y|BY)[ \t]+|(?<dash>[—–])[ \t]*)" +
                    @"\p{Lu}[\p{L}.'’-]*(?:,?[ \t]+(?:(?:(?:van|von|de|da|del|della|der|den|di|du|dos|das|la|le|ter|bin|ibn|al)[ \t]+){0,2}\p{Lu}[\p{L}.'’-]*|and|&)){1,5}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
