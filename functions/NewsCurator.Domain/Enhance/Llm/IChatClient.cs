namespace NewsCurator.Enhance.Llm;

/// <summary>One chat completion: the reply's text and the tokens it cost.</summary>
public sealed record ChatReply(string Content, int InputTokens, int OutputTokens)
{
    /// <summary>
    /// The most of a reply that is read, used or cached (bytes of UTF-8). A summary with topics, or two subject
    /// lines, is a few hundred tokens: a completion of 2-4 KB with its envelope and usage; a reasoning model's
    /// thinking in the reply adds some tens of KB. 1 MiB is far above any honest reply, yet bounds what one call
    /// holds (body, string, parsed tree: a few MB) in the 512 MB Enhance and Newsletter Lambdas, max_concurrency
    /// calls at once. Unbounded, a 400 MB reply took the process to 9 GB and was cached whole.
    /// </summary>
    public const int MaxBytes = 1 << 20;
}

/// <summary>The LLM endpoint failed for good (after retries) or answered something that is not a chat completion.</summary>
public sealed class LlmException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The endpoint gave no answer (timeouts, dropped connections, 429 and 5xx until the retries ran out): it cost the call its time.</summary>
    public bool Unanswered { get; init; }
}

/// <summary>
/// The port the LLM path of Enhance and Newsletter talks through: one system and one user message in,
/// the reply and its token counts out. The adapter (functions/NewsCurator.Infrastructure/Http/ChatClient.cs)
/// speaks to any OpenAI-compatible endpoint and owns timeouts, retries and concurrency; it throws
/// <see cref="LlmException"/> when the endpoint fails for good.
/// </summary>
public interface IChatClient
{
    Task<ChatReply> CompleteAsync(string system, string user, CancellationToken ct);
}
