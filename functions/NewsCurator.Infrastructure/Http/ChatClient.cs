using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsCurator.Configuration;
using NewsCurator.Enhance.Llm;
using NewsCurator.Ingest;

namespace NewsCurator.Infrastructure.Http;

/// <summary>
/// A client for any OpenAI-compatible chat endpoint (Ollama, vLLM, OpenAI): POST {base_url}/chat/completions.
/// Each attempt has a timeout; 429, 5xx, timeouts and connection errors are retried with exponential
/// backoff (Retry-After honoured); at most max_concurrency calls run at once in a process.
/// </summary>
public sealed partial class ChatClient(LlmConfig config, string? apiKey, HttpClient? http = null) : IChatClient
{
    private static readonly HttpClient SharedHttp = new() { Timeout = Timeout.InfiniteTimeSpan };
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Per endpoint, until when it asked not to be called (a Retry-After beyond <see cref="RetryAfter.MaxWait"/>): every call in this process waits that out.</summary>
    private static readonly ConcurrentDictionary<string, DateTimeOffset> NotBefore = new(StringComparer.Ordinal);

    /// <summary>Per endpoint, the calls in a row it failed (no answer, errors): at <see cref="LlmConfig.MaxFailuresInARow"/> it is not asked again this run.</summary>
    private static readonly ConcurrentDictionary<string, int> FailuresInARow = new(StringComparer.Ordinal);

    /// <summary>Per endpoint, until when it is left alone for failing <see cref="LlmConfig.MaxFailuresInARow"/> calls in a row.</summary>
    private static readonly ConcurrentDictionary<string, DateTimeOffset> Resting = new(StringComparer.Ordinal);

    /// <summary>How long an endpoint that failed <see cref="LlmConfig.MaxFailuresInARow"/> calls in a row is left alone: longer than a run's Enhance.</summary>
    private static readonly TimeSpan RestAfterFailures = TimeSpan.FromMinutes(30);

    private readonly HttpClient _http = http ?? SharedHttp;

    /// <summary>The whole call's time limit (<see cref="LlmConfig.CallDeadlineSeconds"/>); tests shorten it.</summary>
    internal TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(LlmConfig.CallDeadlineSeconds);

    public async Task<ChatReply> CompleteAsync(string system, string user, CancellationToken ct)
    {
        // A key HTTP cannot carry (a line break inside it) failed the whole run at Enhance with a FormatException.
        if (apiKey is not null && apiKey.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0)
            throw new LlmException($"the API key (from {config.ApiKeyEnv} or enhance.llm.api_key_secret) holds a line break or control character; store the key alone on one line");
        RefuseWhileResting();
        // The deadline runs while the call waits for a slot: the task that makes it has its own time limit (the queue of a
        // local run's articles counts against it as much as the answer).
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Deadline);
        var gate = Gates.GetOrAdd($"{config.BaseUrl}|{config.MaxConcurrency}", _ => new SemaphoreSlim(config.MaxConcurrency));
        try
        {
            await gate.WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new LlmException($"no free slot for the LLM endpoint {UrlDisplay.Of(config.BaseUrl)} within {Deadline.TotalSeconds:0} s (enhance.llm.max_concurrency {config.MaxConcurrency} calls at once); the extractive summary stands") { Unanswered = true };
        }
        try
        {
            // The endpoint may have been put to rest while this call waited.
            RefuseWhileResting();
            var reply = await WithRetriesAsync(system, user, deadline.Token, ct);
            FailuresInARow.TryRemove(config.BaseUrl, out _);
            return reply;
        }
        catch (LlmException ex) when (ex.Unanswered && !ct.IsCancellationRequested)
        {
            // An endpoint that keeps giving no answer (down, hung, overloaded) is asked no more this run: each call would
            // cost its article the whole deadline again. A refusal (401, a bad model name) is quick and says why, each time.
            if (FailuresInARow.AddOrUpdate(config.BaseUrl, 1, (_, n) => n + 1) >= LlmConfig.MaxFailuresInARow)
                Resting[config.BaseUrl] = DateTimeOffset.UtcNow + RestAfterFailures;
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Throws while the endpoint asked not to be called (Retry-After) or rests after failing calls in a row; a rest that ended starts the count afresh.</summary>
    private void RefuseWhileResting()
    {
        var now = DateTimeOffset.UtcNow;
        if (Resting.TryGetValue(config.BaseUrl, out var rest))
        {
            if (rest > now)
                throw new LlmException($"the LLM endpoint {UrlDisplay.Of(config.BaseUrl)} failed {LlmConfig.MaxFailuresInARow} calls in a row and is not asked again before {rest:u}; the extractive summary stands this run");
            Resting.TryRemove(config.BaseUrl, out _);
            FailuresInARow.TryRemove(config.BaseUrl, out _);
        }
        if (NotBefore.TryGetValue(config.BaseUrl, out var until) && until > now)
            throw new LlmException($"the LLM endpoint {UrlDisplay.Of(config.BaseUrl)} asked not to be called before {until:u}; the extractive summary stands this run");
    }

    /// <param name="ct">The call's deadline, linked to <paramref name="caller"/>.</param>
    /// <param name="caller">The caller's own cancellation: that one is not the endpoint's failure.</param>
    private async Task<ChatReply> WithRetriesAsync(string system, string user, CancellationToken ct, CancellationToken caller)
    {
        var endpoint = new Uri(config.BaseUrl.TrimEnd('/') + "/chat/completions");
        var message = new JsonObject
        {
            ["model"] = config.Model,
            ["temperature"] = 0,
            ["response_format"] = new JsonObject { ["type"] = "json_object" },
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = system },
                new JsonObject { ["role"] = "user", ["content"] = user }),
        };
        // The most the call may cost is what it reserved against the budgets (LlmEnhancer): the model is held to it.
        if (config.MaxOutputTokens > 0) message["max_tokens"] = config.MaxOutputTokens;
        var body = message.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            string failure;
            TimeSpan? retryAfter = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(config.TimeoutSeconds));
            var started = System.Diagnostics.Stopwatch.StartNew();
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
                        ?? throw new LlmException($"the LLM reply from {UrlDisplay.Of(endpoint)} is larger than {ChatReply.MaxBytes >> 20} MiB, refused (a summary or subject lines fit in a few KB)");
                    return Parse(reply);
                }
                var status = (int)response.StatusCode;
                if (status != (int)HttpStatusCode.TooManyRequests && status < 500)
                {
                    var error = await ReadBoundedAsync(response, MaxErrorBytes, timeout.Token);
                    throw new LlmException($"the LLM endpoint {UrlDisplay.Of(endpoint)} answered {status}{(ErrorDetail(error, apiKey) is { } detail ? " " + detail : "")} (check enhance.llm.base_url, model and the API key)");
                }
                failure = $"HTTP {status}";
                retryAfter = RetryAfter.Of(response);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                failure = $"no answer within {config.TimeoutSeconds} s";
            }
            catch (OperationCanceledException) when (!caller.IsCancellationRequested)
            {
                // Charged to the endpoint where an attempt of its own failed before or this one had half the deadline: a call
                // that waited long for its slot and was cut short soon after says nothing of the endpoint (review of session 29, R7).
                throw new LlmException($"the LLM endpoint {UrlDisplay.Of(endpoint)} gave no answer within the call's {Deadline.TotalSeconds:0} s ({attempt + 1} attempts)")
                    { Unanswered = attempt > 0 || started.Elapsed >= Deadline / 2 };
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
                throw new LlmException($"the LLM endpoint {UrlDisplay.Of(endpoint)} answered {failure} and asks to wait {retryAfter.Value.TotalSeconds:0} s; the extractive summary stands this run");
            }
            if (attempt >= config.Retries)
                throw new LlmException($"the LLM endpoint {UrlDisplay.Of(endpoint)} failed {attempt + 1} times, last: {failure}") { Unanswered = true };
            var backoff = TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt) * (0.75 + Random.Shared.NextDouble() / 2));
            try
            {
                await Task.Delay(retryAfter is { } wait && wait > backoff ? (wait < RetryAfter.MaxWait ? wait : RetryAfter.MaxWait) : backoff, ct);
            }
            catch (OperationCanceledException) when (!caller.IsCancellationRequested)
            {
                throw new LlmException($"the LLM endpoint {UrlDisplay.Of(endpoint)} gave no answer within the call's {Deadline.TotalSeconds:0} s ({attempt + 1} attempts, last: {failure})") { Unanswered = true };
            }
        }
    }

    /// <summary>Of an error answer only the standard error object is used (<see cref="ErrorDetail"/>); it fits in far less.</summary>
    private const int MaxErrorBytes = 16 * 1024;

    /// <summary>The body as text (its charset, else UTF-8), or null when it is larger than <paramref name="limit"/> bytes: read no further.</summary>
    private static async Task<string?> ReadBoundedAsync(HttpResponseMessage response, int limit, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > limit) return null;
        if (await Storage.BoundedRead.ReadAtMostAsync(await response.Content.ReadAsStreamAsync(ct), limit, ct) is not { } bytes) return null;
        using var reader = new StreamReader(new MemoryStream(bytes), CharsetOf(response) ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
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

    /// <summary>Most of an error message that is kept.</summary>
    private const int MaxErrorMessage = 160;

    /// <summary>
    /// What an error answer adds to the failure, which goes into decision reasons, subject notes, rows, exports and
    /// the API: never the body (an endpoint or proxy that echoes the request's Authorization header puts the API key
    /// in it), only the standard OpenAI error object's type and code when they are plain identifiers, and its
    /// message on one line, cut short, with the key and anything key-like redacted. Null when there is none.
    /// </summary>
    internal static string? ErrorDetail(string? body, string? apiKey)
    {
        if (body is null) return null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
                return null;
            string? Field(string name) => error.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number ? v.ToString() : null;
            var kind = string.Join("/", new[] { Field("type"), Field("code") }.Where(f => f is not null && Identifier().IsMatch(f) && SecretText.Redact(f, apiKey) == f));
            var message = Field("message") is { } m ? SecretText.Quote(m, apiKey, MaxErrorMessage) : "";
            return (kind, message) switch
            {
                ("", "") => null,
                ("", _) => message,
                (_, "") => kind,
                _ => $"{kind}: {message}",
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null; // not JSON, or a string that is no text (a lone surrogate)
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,40}$")]
    private static partial Regex Identifier();

    private static ChatReply Parse(string text)
    {
        try
        {
            var root = JsonNode.Parse(text) ?? throw new LlmException("the LLM endpoint answered an empty body");
            // No choice at all is an answer too (a content filter's, a proxy's): no reply, like a choice without content.
            var content = (root["choices"] is JsonArray { Count: > 0 } choices ? choices[0]?["message"]?["content"]?.GetValue<string>() : null)
                ?? throw new LlmException("the LLM reply has no choices[0].message.content");
            var usage = root["usage"];
            return new ChatReply(content, usage?["prompt_tokens"]?.GetValue<int>() ?? 0, usage?["completion_tokens"]?.GetValue<int>() ?? 0);
        }
        catch (Exception ex) when (ex is not LlmException)
        {
            // Not the reply's text, whatever way its shape is wrong (each shape throws its own exception: a list of them
            // missed ArgumentOutOfRangeException, and "choices": [] failed the run). Nothing quoted: what answered may be
            // a proxy quoting the request (the key) back.
            throw new LlmException($"the LLM reply is not a chat completion ({ex.GetType().Name} reading {text.Length} characters)", ex);
        }
    }
}
