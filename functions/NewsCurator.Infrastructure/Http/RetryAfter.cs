namespace NewsCurator.Infrastructure.Http;

/// <summary>A server's Retry-After, as the feed fetcher and the LLM client both honour it.</summary>
internal static class RetryAfter
{
    /// <summary>The longest a run waits when a server asks it to; one that asks for longer is asked again next run.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(Configuration.FetchConfig.MaxRetryWaitSeconds);

    /// <summary>How long the response asks the client to wait (seconds or an HTTP date), or null when it does not say.</summary>
    public static TimeSpan? Of(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        return retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
    }
}
