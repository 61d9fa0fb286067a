using System.Text.RegularExpressions;

namespace NewsCurator.Filter;

/// <summary>
/// A wire's story as another paper reprints it: the desk's labels dropped from the headline ("Exclusive: U.S. demands ..."
/// became "US demands ... - sources") and the wire credited in the text ("... between the two nations. (Reuters)"). Read
/// as the wire's own, both copies of one story reached scoring: the trailing credit changed the body's fingerprint and the
/// retitle the near-duplicate's (held-out review 73, F4). Dedupe compares what is left: the story's own headline and words.
/// Only the marks a desk adds around a story, never its words: two of one wire's stories of one day keep their own texts.
/// </summary>
public static partial class WireCopies
{
    /// <summary>The headline without a desk's labels before it ("Exclusive:", "UPDATE 2-", "BREAKING:") or after it ("- sources", "- report").</summary>
    public static string Headline(string title) => TrailingLabel().Replace(LeadingLabel().Replace(title, ""), "");

    /// <summary>The text without a wire's dateline ("WASHINGTON (Reuters) - ", "LONDON, Jan 18 (AP) — ") and its closing credit ("(Reuters)").</summary>
    public static string Body(string text) => ClosingCredit().Replace(Dateline().Replace(text, ""), "");

    // One to three labels, each closed by a colon or a dash: "UPDATE 2-", "EXCLUSIVE-", "Exclusive: ", "CORRECTED-UPDATE 1-".
    [GeneratedRegex(@"^\s*(?:(?:exclusive|breaking(?:\s+news)?|update(?:d)?(?:\s*\d{1,2})?|corrected|refile|urgent|flash)\s*[:\-–—]\s*){1,3}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLabel();

    // "- sources", "-source", "— report", "- sources say": whom the desk credits, set off after the headline.
    [GeneratedRegex(@"\s+[-–—]\s*(?:sources?(?:\s+say)?|reports?|media|filing|document)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLabel();

    // A place in capitals with an optional date ("LONDON, Jan 18"), then the wire in brackets and a dash: only at the
    // text's start. A capitalised place is asked for where one is given, so a company's ticker ("Apple (AAPL) - shares
    // ...") is no dateline.
    [GeneratedRegex(@"^\s*(?:(?-i:\p{Lu}[\p{Lu}.'’-]+(?:[ /]\p{Lu}[\p{Lu}.'’-]+){0,3})(?:,\s*[\p{L}.]+\s+\d{1,2})?\s+)?\((?-i:\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2})\)\s*[-–—]+\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // "(Reuters)", "(AP)", "(Bloomberg News)" closing the text: a credit of one to three capitalised words.
    [GeneratedRegex(@"\s*\((?-i:\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2})\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingCredit();
}
