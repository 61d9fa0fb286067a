using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// A company's press release, known by its form: a dateline at the very opening ("SAN LEANDRO, Calif. –", "AUSTIN, Texas,
/// March 3, 2026 /PRNewswire/ --"), then the company in its own words ("Acme, a global leader in ...") or "today announced".
/// A vendor's release ranked sixth of an engineering issue, over two production write-ups (held-out review 90, F2). It is the
/// company's marketing, but its launch can be news: it moves down the ranking (<see cref="Charge"/>), not out. A reporter's
/// story that quotes a release opens with no dateline of this form, and a wire's dateline ("WASHINGTON (Reuters) -") is news.
/// </summary>
public static partial class PressReleases
{
    /// <summary>The points taken off a press release's rank score: about what a story's relevance gains over a vendor's release.</summary>
    public const double Charge = 1.5;

    // A place in capitals, a state, country or date after it, an optional newswire credit, then a dash.
    [GeneratedRegex(@"\A\s*(?-i:[A-Z][A-Z.'’ -]{2,40}),\s+[\w.,' ]{2,40}?(?:\s*/[\w ]{2,30}/)?\s*(?:[–—]|--?)\s+(?<rest>[\s\S]{0,400})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // The company describing itself, or announcing: "Acme, a global leader in ...", "a leading provider of", "today announced".
    [GeneratedRegex(@"\A[^.]{0,120}?(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:leader|provider|pioneer|innovator)s?\s+(?:in|of|for)\b|\btoday\s+announced\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfDescription();

    /// <summary>
    /// A release-distribution wire's credit in a dateline: "SANTA CLARA, Calif., Nov. 04, 2025 (GLOBE NEWSWIRE) --", "AUSTIN,
    /// Texas--(BUSINESS WIRE)--", "NEW YORK, March 3, 2026 /PRNewswire/ --". Only the services that distribute companies' releases,
    /// not the news agencies ("WASHINGTON (Reuters) -"): the credit says who wrote the text. A newsroom puts a highlights box or
    /// its documents' links before it, so it is read in the opening, not only at its start (held-out review 109, F1: no
    /// GlobeNewswire release was charged, the dateline being read at the very start and between slashes only).
    /// </summary>
    [GeneratedRegex(@"(?-i:\b[A-Z][A-Z.'’ -]{2,40}),[^\n]{2,80}?(?:/\s*" + Wires + @"\s*/|\(\s*" + Wires + @"\s*\))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireDateline();

    private const string Wires =
        @"(?:pr\s?newswire|globe\s?newswire|business\s?wire|access\s?wire|access\s+newswire|ein\s+presswire|newsfile(?:\s+corp\.?)?|market\s?wired?|cnw|canada\s+newswire|prweb|newswire\.com|send2press)";

    /// <summary>How much of the text is read for a wire's dateline: a newsroom's highlights box and the dateline after it.</summary>
    private const int WireOpeningChars = 800;

    /// <summary>The press release's opening words (its dateline up to the company's self-description, or a wire's credit), or null.</summary>
    public static string? Opening(Article article)
    {
        var text = article.Text.Length > 600 ? article.Text[..600] : article.Text;
        if (Dateline().Match(text) is { Success: true } dateline && SelfDescription().Match(dateline.Groups["rest"].Value) is { Success: true } self)
            return text[..(dateline.Groups["rest"].Index + self.Length)].Trim();
        var opening = article.Text.Length > WireOpeningChars ? article.Text[..WireOpeningChars] : article.Text;
        return WireDateline().Match(opening) is { Success: true } wire
            ? opening[wire.Index..Math.Min(opening.Length, wire.Index + wire.Length + 60)].Trim()
            : null;
    }

    /// <summary>
    /// A listed company's routine notice to its investors, in its release's title: a conference appearance ("AMD to Participate
    /// in Upcoming Investor Conferences"), an earnings date or call ("Acme to Report Fourth Quarter Results on February 3",
    /// "Acme Announces Conference Call to Discuss ..."), a dividend ("Acme Declares Quarterly Dividend"), the annual meeting.
    /// An AI-and-tech editor runs none: a calendar notice ranked like a story (held-out review 109, F2). Only the company's
    /// own release (<see cref="Opening"/>, or its ticker in its opening, "Acme (NASDAQ: ACME)", with a sign of a release,
    /// <see cref="ReleaseSign"/>): a reporter's or an analyst site's preview of an earnings call is news. A results release itself is no notice: it reports, and pays the press release's charge.
    /// </summary>
    public static string? InvestorNotice(Article article)
    {
        var title = article.Title.Length > 300 ? article.Title[..300] : article.Title;
        var lead = article.Text.Length > WireOpeningChars ? article.Text[..WireOpeningChars] : article.Text;
        var notice = InvestorCalendar().Match(title);
        if (!notice.Success && Appearance().Match(title) is { Success: true } appearance && (InvestorWord().IsMatch(title) || FinancialCommunity().IsMatch(lead)))
            notice = appearance;
        if (!notice.Success) return null;
        return Opening(article) is not null || (Ticker().IsMatch(lead) && ReleaseSign(article)) ? notice.Value.Trim() : null;
    }

    /// <summary>
    /// A sign that the company wrote the text, for a ticker in its lead to be its own: a release's dateline at the opening, its
    /// closing legal text ("About Acme", "Forward-Looking Statements", "Investor Contact:"), or a link on its investor-relations
    /// site. The ticker alone is the house style of financial news ("Nvidia (NASDAQ: NVDA) will report ..."): an analyst site's
    /// preview of an earnings report was dropped as the company's notice (code review 50, R4).
    /// </summary>
    private static bool ReleaseSign(Article article)
    {
        var text = article.Text.Length > MaxReleaseRead ? article.Text[..MaxReleaseRead] : article.Text;
        if (Dateline().IsMatch(text.Length > 600 ? text[..600] : text) || NewsCurator.Enhance.ReleaseBoilerplate.Start(text) >= 0) return true;
        if (!Uri.TryCreate(article.Link, UriKind.Absolute, out var link)) return false;
        var host = link.Host.ToLowerInvariant();
        return host.StartsWith("ir.", StringComparison.Ordinal) || host.StartsWith("investor.", StringComparison.Ordinal) || host.StartsWith("investors.", StringComparison.Ordinal)
            || link.AbsolutePath.Contains("/investor", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How much of a text is read for a release's closing legal text.</summary>
    private const int MaxReleaseRead = 20_000;

    /// <summary>An earnings date or call, a dividend, a shareholders' meeting, as a release titles them.</summary>
    [GeneratedRegex(@"\bto\s+(?:report|announce|release)\s+(?:its\s+)?(?:[\w-]+\s+){0,5}?(?:quarter|q[1-4]|fiscal|full[- ]year|year[- ]end|annual|interim|half[- ]year)\b[^.!?]{0,60}?\b(?:results|earnings)\b"
        + @"|\b(?:announces|sets|schedules|confirms)\s+(?:the\s+)?(?:date|timing)\s+(?:for|of)\s+(?:its\s+)?(?:[\w-]+\s+){0,6}?(?:results|earnings|conference\s+call)\b"
        + @"|\b(?:conference\s+call|webcast)\s+to\s+discuss\b|\bdeclares\s+(?:(?:a|its|regular|quarterly|special|cash|monthly|semi-?annual|annual|interim|final|increased)\s+)*dividends?\b"
        + @"|\bannual\s+(?:general\s+)?meeting\s+of\s+(?:stockholders|shareholders)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestorCalendar();

    /// <summary>An appearance the company announces ahead: "to Participate in Upcoming Investor Conferences", "to Present at ...".</summary>
    [GeneratedRegex(@"\bto\s+(?:participate|present|speak)\s+(?:in|at)\s+[^.!?]{0,100}?\b(?:conferences?|summits?|days?|forums?|meetings?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Appearance();

    [GeneratedRegex(@"\b(?:investors?|investment|financial|analysts?|securities|shareholders?|stockholders?|capital\s+markets)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestorWord();

    /// <summary>Whom the appearance is for, in the notice's opening: "events for the financial community", "investor conferences".</summary>
    [GeneratedRegex(@"\b(?:financial|investment|investor)\s+community\b|\binvestor\s+conferences?\b|\binvestor\s+relations\s+website\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinancialCommunity();

    /// <summary>A listed company's ticker as its own release gives it: "(NASDAQ: AMD)", "(NYSE:IBM)", "(TSX: SHOP)".</summary>
    [GeneratedRegex(@"\((?-i:NASDAQ|Nasdaq|NYSE|NYSE\s+American|TSX|TSXV|LSE|ASX|OTCQX|OTCQB|OTC)\s*:\s*(?-i:[A-Z][A-Z.]{0,6})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Ticker();
}
