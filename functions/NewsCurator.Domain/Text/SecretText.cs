using System.Text.RegularExpressions;

namespace NewsCurator;

/// <summary>
/// What a remote party says back, made safe to store and show: an LLM endpoint's error body or reply, a mail server's
/// refusal. Either may quote what it was sent (an API key, an SMTP password in an AUTH line) or hold other secrets, and
/// the text goes to decision notes, exports, logs and the admin API (hostile-input audit 29, H4 and H7).
/// </summary>
public static partial class SecretText
{
    /// <summary>
    /// A remote party's words as a note quotes them: one line of at most <paramref name="maxLength"/> characters, secrets as
    /// *** and markup as text ('‹' '›'). Notes go to decisions, exports, the database and the read API; a model's reply and an
    /// endpoint's error message reached them with &lt;script&gt; and a key in them (hostile-input audit 29, H4; review, R5).
    /// </summary>
    public static string Quote(string text, string? secret, int maxLength)
        => Words.Truncate(Redact(Ingest.HeaderText.SingleLine(text), secret), maxLength).Replace('<', '‹').Replace('>', '›');

    /// <summary>The text with <paramref name="secret"/>, bearer tokens, sk-... keys and long key-like runs of letters and digits as ***.</summary>
    public static string Redact(string text, string? secret)
    {
        // In any case: a reply may quote the key lower-cased, and notes quote words lower-cased (review of session 29, R6).
        if (!string.IsNullOrEmpty(secret)) text = text.Replace(secret, "***", StringComparison.OrdinalIgnoreCase);
        text = BearerToken().Replace(text, "${scheme} ***");
        text = BasicCredentials().Replace(text, "${scheme} ***");
        text = SecretAssignment().Replace(text, "${name}***");
        text = SkKey().Replace(text, "***");
        text = Base64Secret().Replace(text, "***");
        return KeyLike().Replace(text, "***");
    }

    /// <summary>
    /// HTTP Basic credentials (base64 of user:password, usually short): a digit, '+', '/' or '=' among them, so that
    /// "Basic authentication" stays words.
    /// </summary>
    [GeneratedRegex(@"(?<scheme>\bBasic)\s+(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{4,}={0,2}", RegexOptions.IgnoreCase)]
    private static partial Regex BasicCredentials();

    /// <summary>A value given to a secret-named field (api_key=..., "password": "...", token: ...), whatever its length.</summary>
    [GeneratedRegex(@"(?<name>\b(?:api[_\-]?key|x-api-key|access[_\-]?token|refresh[_\-]?token|client[_\-]?secret|secret|password|passwd|token)\b[""']?\s*[=:]\s*[""']?)[^\s""'&,;]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretAssignment();

    /// <summary>
    /// Base64 secrets with '/' or '+' (AWS secret access keys, Azure keys), which the key-like rule splits into short runs:
    /// 30 or more base64 characters with upper and lower case letters and a digit, '+' or '/'.
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9+/=_\-])(?=[A-Za-z0-9+/]*[0-9+/])(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])[A-Za-z0-9+/]{30,}={0,2}")]
    private static partial Regex Base64Secret();

    /// <summary>A bearer token (RFC 6750 characters), not counting a full stop that ends the sentence.</summary>
    [GeneratedRegex(@"(?<scheme>\bBearer)\s+[A-Za-z0-9\-._~+/*]*[A-Za-z0-9\-_~+/*=]", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    /// <summary>OpenAI-style keys (sk-..., sk-proj-..., masked as sk-abc***xyz), which other providers copied.</summary>
    [GeneratedRegex(@"\bsk-[A-Za-z0-9\-_.*]*[A-Za-z0-9_*]")]
    private static partial Regex SkKey();

    /// <summary>32 or more letters, digits, '-' and '_' with a digit among them: API keys and tokens of most providers, not words.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?=[A-Za-z_\-]*[0-9])[A-Za-z0-9_\-]{32,}")]
    private static partial Regex KeyLike();
}
