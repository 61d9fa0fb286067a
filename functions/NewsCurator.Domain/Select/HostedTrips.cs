using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// A story covered on a trip its subject paid for, which the text discloses: "Disclaimer: Acme paid for the author's travel
/// and accommodations", "Travel and lodging were provided by Acme", "This trip was sponsored by Acme". A company's hosted
/// launch went out as plain news and its summary left the disclosure out (held-out review 95, F5). The story stays (honest
/// event coverage discloses so too); the decision's reason carries the disclosure, so the editor sees it.
/// </summary>
public static partial class HostedTrips
{
    /// <summary>The disclosure's words in the text, or null.</summary>
    public static string? Disclosure(Article article)
        => Disclosed().Match(article.Text) is { Success: true } m ? m.Value.Trim() : null;

    [GeneratedRegex(@"\b(?:paid|covered)\s+(?:for\s+)?(?:the\s+author['’]?s|the\s+writer['’]?s|my|our|his|her|their)\s+(?:travel|trip|flights?|airfare|accommodations?|lodging|hotel)\b[^.\n]{0,80}|" +
        @"\b(?:travel|trip|flights?|airfare|accommodations?|lodging|hotel)(?:\s+(?:and|&)\s+(?:accommodations?|lodging|hotel|meals))?\s+(?:was|were)\s+(?:provided|paid\s+for|covered|sponsored|funded)\s+by\s+[^.\n]{1,60}|" +
        @"\b(?:this|the|my|our)\s+trip\s+was\s+(?:sponsored|paid\s+for|funded|organi[sz]ed\s+and\s+paid\s+for)\s+by\s+[^.\n]{1,60}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclosed();
}
