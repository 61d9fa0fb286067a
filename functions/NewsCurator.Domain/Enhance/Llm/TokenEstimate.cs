namespace NewsCurator.Enhance.Llm;

/// <summary>
/// About how many tokens a text costs where the endpoint gives no count (the pre-call budget check, a reply
/// without usage). Byte-pair tokenisers take about 4 characters of English a token, but about one token a
/// character of Chinese, Japanese or Korean and about one per 2 characters of other non-Latin scripts: at 4
/// characters a token for all, a Chinese article was charged a quarter of its cost and ran past the budget.
/// </summary>
public static class TokenEstimate
{
    public static int Of(string text)
    {
        int latin = 0, ideographic = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 0x0250) latin++;
            else if (IsIdeographicOrSyllabic(c)) ideographic++;
            else if (!char.IsLowSurrogate(c)) other++; // a surrogate pair (an emoji) counts once
        }
        return (latin + 3) / 4 + ideographic + (other + 1) / 2;
    }

    /// <summary>CJK ideographs, kana, Hangul, and their punctuation and full-width forms.</summary>
    private static bool IsIdeographicOrSyllabic(char c)
        => c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
