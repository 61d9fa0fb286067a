using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>What an LLM endpoint's error message may quote back is redacted before it reaches reasons, rows and the API.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RedactionTests
{
    [Theory]
    // Basic credentials (user:password in base64) are short: the key-like rule (32+ characters) let them through.
    [InlineData("proxy refused Authorization: Basic dXNlcjpwYXNzd29yZA== for this host", "dXNlcjpw", "Basic ***")]
    // A secret-named field with a short value.
    [InlineData("bad request: api_key=abc123def&model=x", "abc123def", "api_key=***")]
    [InlineData("{\"password\": \"hunter2\"} was rejected", "hunter2", "\"password\": \"***")]
    // An AWS secret access key: '/' split it into runs shorter than 32, so none was redacted.
    [InlineData("signature mismatch for wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in request", "bPxRfiCY", "for *** in")]
    public void SecretsTheKeyLikeRuleMissed_ShouldBeRedacted(string message, string secret, string expected)
    {
        var redacted = SecretText.Redact(message, "sk-unrelated");
        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        Assert.Contains(expected, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Basic authentication is not supported")]
    [InlineData("The model `gpt-4o-mini` does not exist or you do not have access to it")]
    [InlineData("Rate limit reached for requests: the token limit is 30000 per minute")]
    [InlineData("see https://platform.openai.com/docs/guides/error-codes/api-errors")]
    public void OrdinaryMessages_ShouldStayReadable(string message)
        => Assert.Equal(message, SecretText.Redact(message, "sk-unrelated"));
}
