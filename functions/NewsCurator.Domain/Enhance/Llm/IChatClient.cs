namespace NewsCurator.Enhance.Llm;

/// <summary>One chat completion: the reply's text and the tokens it cost.</summary>
public sealed record ChatReply(string Content, int InputTokens, int OutputTokens);

/// <summary>The LLM endpoint failed for good (after retries) or answered something that is not a chat completion.</summary>
public sealed class LlmException(string message, Exception? inner = null) : Exception(message, inner);

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
