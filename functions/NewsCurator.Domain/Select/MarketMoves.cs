using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// A market price-move story, known by its headline: an asset (a coin, a token, a stock, the market) and a move of its price
/// with its size ("Liquidations Top $2.5 Billion as Bitcoin ... Prices Plummet", "Exchange (COIN) Surges 18%"). Price talk is
/// no technology story: one at relevance exactly 4.0 was chosen, the profile's noise ranking it over the stories left out
/// (held-out review 97, F3). A chip maker's or an AI company's share move can be industry news an editor wants, so the story
/// moves down the ranking (<see cref="Charge"/>), not out, as a press release does.
/// </summary>
public static partial class MarketMoves
{
    /// <summary>The points taken off a price-move story's rank score.</summary>
    public const double Charge = 1.0;

    /// <summary>The headline's words that report the move ("Prices Plummet", "Surges 18%"), or null.</summary>
    public static string? Move(Article article)
        => Asset().IsMatch(article.Title) && Size().IsMatch(article.Title) && Moved().Match(article.Title) is { Success: true } m ? m.Value : null;

    // A traded asset: a coin or a token, a stock or the market, or a ticker in brackets ("(COIN)", "(NVDA)"). A language model's
    // tokens are no asset ("Price per million tokens plunges", "input tokens price tumbles 80%"), nor is "shares" as a verb
    // ("OpenAI shares new data: ... users jump 40%"): shares are stock before "of" or a move, or after a possessive (review 48, R6).
    [GeneratedRegex(@"\b(?:bitcoin|btc|ether(?:eum)?|xrp|solana|dogecoin|crypto(?:currency|currencies)?|memecoins?|altcoins?|stocks?|markets?|nasdaq|s&p\s*500|dow\s+jones)\b|" +
                    @"(?<!\b(?:per|million|billion|thousand|input|output|prompt|completion|reasoning|thinking|cached|context|\d[\d.,]*\s?[kmb]?)\s+)\btokens?\b(?!\s+(?:per|a\s+second|/))|" +
                    @"\bshares\b(?=\s+(?:of\b|(?:\w+\s+)?(?:" + MoveVerbs + @"|\b(?:fall|fell|ris(?:e|es|ing)|rose|climb|drop|slid|gain|los[et])\w*)))|(?<=(?:['’]s?|\bits|\btheir)\s+)shares\b|\((?-i:\p{Lu}{2,5})\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asset();

    // The move's size: an amount, a share, or the liquidations it caused.
    [GeneratedRegex(@"\$\s?\d|\b\d+(?:\.\d+)?\s?%|\bliquidations?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Size();

    // The verb of a price's move.
    private const string MoveVerbs = @"\b(?:surg(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|plung(?:e|es|ed|ing)|crash(?:es|ed|ing)?|rall(?:y|ies|ied|ying)|soar(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|slump(?:s|ed|ing)?|jump(?:s|ed|ing)?|sink(?:s|ing)?|sank|spik(?:e|es|ed|ing)|tank(?:s|ed|ing)|rebound(?:s|ed|ing)?|reclaim(?:s|ed|ing)?|nosediv(?:e|es|ed|ing)|skyrocket(?:s|ed|ing)?|capitulat(?:e|es|ed|ing|ion))\b";

    [GeneratedRegex(MoveVerbs, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Moved();
}
