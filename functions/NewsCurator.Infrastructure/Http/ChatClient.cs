using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Configuration;
using NewsCurator.Enhance.Llm;

namespace NewsCurator.Infrastructure.Http;

/// <summary>
/// A client for any OpenAI-compatible chat endpoint (Ollama, vLLM, OpenAI): POST {base_url}/chat/completions.
/// Each attempt has a timeout; 429, 5xx, timeouts and connection errors are retried with exponential
/// backoff (Retry-After honoured); at most max_concurrency calls run at once in a process.
/// </summary>
public sealed class ChatClient(LlmConfig config, string? apiKey, HttpClient? http = null) : IChatClient
{
    private static readonly HttpClient SharedHttp = new() { Timeout = Timeout.InfiniteTimeSpan };
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Per endpoint, until when it asked not to be called (a Retry-After beyond <see cref="RetryAfter.MaxWait"/>): every call in this process waits that out.</summary>
    private static readonly ConcurrentDictionary<string, DateTimeOffset> NotBefore = new(StringComparer.Ordinal);

    private readonly HttpClient _http = http ?? SharedHttp;

    public async Task<ChatReply> CompleteAsync(string system, string user, CancellationToken ct)
    {
        if (NotBefore.TryGetValue(config.BaseUrl, out var until) && until > DateTimeOffset.UtcNow)
            throw new LlmException($"the LLM endpoint {config.BaseUrl} asked not to be called before {until:u}; the extractive summary stands this run");
        var gate = Gates.GetOrAdd($"{config.BaseUrl}|{config.MaxConcurrency}", _ => new SemaphoreSlim(config.MaxConcurrency));
        await gate.WaitAsync(ct);
        try
        {
            return await WithRetriesAsync(system, user, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ChatReply> WithRetriesAsync(string system, string user, CancellationToken ct)
    {
        var endpoint = new Uri(config.BaseUrl.TrimEnd('/') + "/chat/completions");
        var body = new JsonObject
        {
            ["model"] = config.Model,
            ["temperature"] = 0,
            ["response_format"] = new JsonObject { ["type"] = "json_object" },
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = system },
                new JsonObject { ["role"] = "user", ["content"] = user }),
        }.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            string failure;
            TimeSpan? retryAfter = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(config.TimeoutSeconds));
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (!string.IsNullOrEmpty(apiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                // Headers only: the body is read here, up to a bound (SendAsync alone would buffer all of it).
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    // Too large is refused, not retried: the same question would get the same answer.
                    var reply = await ReadBoundedAsync(response, ChatReply.MaxBytes, timeout.Token)
                        ?? throw new LlmException($"the LLM reply from {endpoint} is larger than {ChatReply.MaxBytes >> 20} MiB, refused (a summary or subject lines fit in a few KB)");
                    return Parse(reply);
                }
                var status = (int)response.StatusCode;
                if (status != (int)HttpStatusCode.TooManyRequests && status < 500)
                {
                    var error = await ReadBoundedAsync(response, MaxErrorBytes, timeout.Token);
                    throw new LlmException($"the LLM endpoint {endpoint} answered {status}: {Words.Truncate(error ?? "(too long)", 200)} (check enhance.llm.base_url, model and the API key)");
                }
                failure = $"HTTP {status}";
                retryAfter = RetryAfter.Of(response);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                failure = $"no answer within {config.TimeoutSeconds} s";
            }
            catch (HttpRequestException ex)
            {
                failure = ex.Message;
            }
            catch (IOException ex)
            {
                // The body broke off (read as a stream now, not inside SendAsync): like a dropped connection.
                failure = $"the reply broke off ({ex.Message})";
            }
            // An endpoint that asks for longer than a run waits is asked again next run, not hammered now.
            if (retryAfter > RetryAfter.MaxWait)
            {
                NotBefore[config.BaseUrl] = DateTimeOffset.UtcNow + retryAfter.Value;
                throw new LlmException($"the LLM endpoint {endpoint} answered {failure} and asks to wait {retryAfter.Value.TotalSeconds:0} s; the extractive summary stands this run");
            }
            if (attempt >= config.Retries)
                throw new LlmException($"the LLM endpoint {endpoint} failed {attempt + 1} times, last: {failure}");
            var backoff = TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt) * (0.75 + Random.Shared.NextDouble() / 2));
            await Task.Delay(retryAfter is { } wait && wait > backoff ? (wait < RetryAfter.MaxWait ? wait : RetryAfter.MaxWait) : backoff, ct);
        }
    }

    /// <summary>Of an error answer only the start is quoted; it fits in far less.</summary>
    private const int MaxErrorBytes = 16 * 1024;

    /// <summary>The body as text (its charset, else UTF-8), or null when it is larger than <paramref name="limit"/> bytes: read no further.</summary>
    private static async Task<string?> ReadBoundedAsync(HttpResponseMessage response, int limit, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > limit) return null;
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, CharsetOf(response) ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }

    private static Encoding? CharsetOf(HttpResponseMessage response)
    {
        try
        {
            return response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset ? Encoding.GetEncoding(charset.Trim('"')) : null;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null; // a charset .NET does not know: JSON is UTF-8 anyway
        }
    }

    private static ChatReply Parse(string text)
    {
        try
        {
            var root = JsonNode.Parse(text) ?? throw new LlmException("the LLM endpoint answered an empty body");
            var content = root["choices"]?[0]?["message"]?["content"]?.GetValue<string>()
                ?? throw new LlmException("the LLM reply has no choices[0].message.content");
            var usage = root["usage"];
            return new ChatReply(content, usage?["prompt_tokens"]?.GetValue<int>() ?? 0, usage?["completion_tokens"]?.GetValue<int>() ?? 0);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new LlmException($"the LLM reply is not a chat completion: {Words.Truncate(text, 200)}", ex);
        }
    }
}
