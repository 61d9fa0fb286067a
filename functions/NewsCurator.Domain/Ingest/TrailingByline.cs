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
        var name = m.Groups["name"].Value;
        // A one-word name only as a byline that ends on its own stop: a project site closes each dek "... basic smart
        // security. By Satya." and previews kept it (held-out review 108, F7). Not a phrase's head ("By Design.", "By Now."),
        // a day or a month ("By Monday.", "By March."), a way to send or make a thing ("Apply now. By Email.", "By Hand."), nor
        // a word of two letters ("Written for humans. By AI.": code review 50, R8).
        if (!name.Contains(' ', StringComparison.Ordinal)
            && (m.Groups["dash"].Success || name.Length < 4 || name[^1] != '.' || name[..^1].Contains('.', StringComparison.Ordinal) || PhraseHeads.Contains(name[..^1]) || Dates.Contains(name[..^1])
                || Media.Contains(name[..^1])
                || NoNameWords.Contains(name[..^1].ToLowerInvariant())))
            return text;
        if (!NamesAPerson(name)) return text;
        return text[..(m.Index + stop.Length)];
    }

    /// <summary>
    /// Whether the words after "By" or a dash are names, not a title-cased phrase closing the text: "By Design, Nobody" and
    /// "By Invitation Only" were cut as bylines (hostile-input audit 50, H8). A name's first word is no phrase's head ("By
    /// Design", "By Default", "By Popular Demand"), no word of it an article, a preposition or a closing word ("The Numbers", "Only"; not "Will" nor "May", which are names), and a
    /// comma comes after a whole name ("By Jane Doe, Max Mustermann"), never after its first word.
    /// </summary>
    internal static bool NamesAPerson(string name)
    {
        var words = name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words[0].EndsWith(',')) return false;
        // A phrase's head is also a first name (9to5Mac's "By Chance Miller", a writer named Day or Way): it opens a phrase
        // only where no surname follows it, every capitalised word after it being a phrase's word too ("By Popular Demand")
        // or none ("By Chance") (review of session 42, R7).
        if (PhraseHeads.Contains(words[0]) && words.Skip(1).All(w => PhraseHeads.Contains(w.TrimEnd(',')) || !char.IsUpper(w[0]))) return false;
        // "An", "To", "On" and "In" are given and family names too, a Vietnamese or Chinese name's last ("By Nguyen Thanh An",
        // "By Li An"): as a name's last word after a name they are the name's, for a phrase never closes on an article or a
        // preposition. Elsewhere they stay phrase words ("By An Accident Of History", "— To Be Continued") (hostile-input
        // audit 51, H6).
        return !words.Select((w, i) => (Word: w.TrimEnd(','), Last: i == words.Length - 1 && i > 0))
            .Any(w => NoNameWords.Contains(w.Word.ToLowerInvariant()) && !(w.Last && NameWordsToo.Contains(w.Word)));
    }

    /// <summary>Words of <see cref="NoNameWords"/> that are names too, capitalised as a name is (H6).</summary>
    private static readonly HashSet<string> NameWordsToo = new("An To On In".Split(' '), StringComparer.Ordinal);

    /// <summary>Nouns and adjectives that open a closing phrase after "By"; some are first names too ("Chance", "Day"), read as phrases only with no surname after them.</summary>
    private static readonly HashSet<string> PhraseHeads = new(
        "Design Default Invitation Popular Demand Request Appointment Contrast Comparison Definition Extension Accident Chance Nature Necessity Far Now Then Way Numbers Example Night Day".Split(' '), StringComparer.Ordinal);

    /// <summary>The ways a thing is sent or made, which "By" closes a sentence with ("Apply now. By Email.").</summary>
    private static readonly HashSet<string> Media = new(
        "Email E-mail Mail Phone Telephone Fax Post Hand Courier Letter Text SMS Appointment Machine".Split(' '), StringComparer.Ordinal);

    /// <summary>Days and months, which "By" closes a sentence with ("... ships. By March.") as it never closes a byline.</summary>
    private static readonly HashSet<string> Dates = new(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Today Tomorrow Tonight Noon Midnight".Split(' '), StringComparer.Ordinal);

    /// <summary>Words that are no name's: "By The Numbers", "By Invitation Only", "By Design, Nobody".</summary>
    private static readonly HashSet<string> NoNameWords = new(
        "the a an of to in on at for with from about into over under only alone nobody everyone everybody anyone anybody someone somebody none nothing everything always never again too".Split(' '), StringComparer.Ordinal);

    /// <summary>How far from the text's end a byline, with the stop before it, may begin.</summary>
    private const int MaxBylineRead = 160;

    // Case-sensitive names: "by the team" is prose. A name's lower-case particles ("By Guido van Rossum", "By Renato de
    // Souza", "by Ursula von der Leyen") stand only before a capitalised word of it (review of session 41, R11).
    [GeneratedRegex(@"(?<stop>[.!?…][""”’')\]]?)[ \t]*(?:\r?\n)?[ \t]*(?:(?:[Bb]y|BY)[ \t]+|(?<dash>[—–])[ \t]*)(?<name>" +
                    @"\p{Lu}[\p{L}.'’-]*(?:,?[ \t]+(?:(?:(?:van|von|de|da|del|della|der|den|di|du|dos|das|la|le|ter|bin|ibn|al)[ \t]+){0,2}\p{Lu}[\p{L}.'’-]*|and|&)){0,5})[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
