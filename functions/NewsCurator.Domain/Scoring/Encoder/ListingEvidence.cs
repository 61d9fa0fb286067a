using System.Text.RegularExpressions;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// What a classified ad carries and news about its subject does not: a price for one unit ("$2150", "€1.200") beside one of
/// the unit's particulars (rooms, baths or floor area: "1bd", "2 bedroom", "737ft2"; "for rent", "for sale", "available
/// now", "per month", a contact line). Meaning alone called news ads: a property developer's annual loss (fifty-sixth
/// held-out review, F6), an Australian property-market story and an essay on the cost of housing (fifty-fourth, F4) reached
/// the housing phrases' cosine on their subject. Every labelled housing ad carries a price and a particular (24 of 24, in
/// their title or opening), 10 of the 1,687 labelled non-ads do; a market's figures are millions and billions, not a
/// unit's price.
/// </summary>
public static partial class ListingEvidence
{
    /// <summary>How much of the text is read: a listing states its terms up front.</summary>
    private const int ReadCharacters = 3_000;

    /// <summary>Whether a title and text offer one unit at a price (<see cref="ListingEvidence"/>).</summary>
    public static bool Offers(string title, string text)
    {
        var read = title + "\n" + (text.Length > ReadCharacters ? text[..ReadCharacters] : text);
        return UnitPrice().IsMatch(read) && Particular().IsMatch(read);
    }

    /// <summary>
    /// A price in a currency, its sign or code before or after the figure ("$2150", "850 €", "₹45,000", "CHF 2,400"); a house's
    /// "$2.4 million" too, but not a market's total ("$6.8 billion", "£2bn": review of session 37, R1; hostile-input audit 43, H7).
    /// </summary>
    [GeneratedRegex(@"(?:\p{Sc}|\b(?:USD|EUR|GBP|CHF|INR|CAD|AUD|JPY|SEK|NOK|DKK|PLN|Rs\.?))\s?\d[\d,.]*(?!\d)(?![.,]?\d*\s?(?:bn|b|tn|billion|trillion)\b)|\b\d[\d,.]*\s?(?:\p{Sc}|(?:USD|EUR|GBP|CHF|INR|CAD|AUD|JPY|SEK|NOK|DKK|PLN|dollars|euros|pounds|francs|rupees)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPrice();

    /// <summary>One of a unit's particulars: its rooms, baths or area, its terms ("for rent", "per month"), or a contact line.</summary>
    [GeneratedRegex(@"\b\d{1,2}(?:\.\d)?\s?-?\s?(?:bd|br|bdr|bdrm|beds?|bedrooms?|ba|baths?|bathrooms?|bhk|rooms?)\b|\b\d[\d,]*\s?(?:ft2|ft²|sq\.?\s?ft\b\.?|sqft|square\s+(?:feet|foot|met(?:er|re)s)|m2|m²|sqm)(?!\w)" +
        @"|\bstudio\s+(?:apartment|apt|unit)\b|\bshow\s+contact\s+info\b|\b(?:for\s+(?:rent|sale|lease)|to\s+let)\b|\bavailable\s+(?:now|immediately|for\s+(?:immediate\s+)?(?:rent|occupancy|move-in))\b|\bper\s+month\b|/mo(?:nth)?\b|\bpcm\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Particular();
}
