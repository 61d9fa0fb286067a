using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NewsCurator.Configuration;
using NewsCurator.Ingest;

namespace NewsCurator.Infrastructure.Http;

/// <summary>
/// Fetches feeds over http(s) (and file: when the config allows it, for local runs). Bounded in
/// time and size; transient failures (timeouts, 5xx, 429) are retried with backoff and jitter,
/// honouring Retry-After; every connection passes the <see cref="NetworkGuard"/>. A feed's
/// timeout runs only while it holds one of its host's slots: feeds waiting their turn behind
/// others on the same host are not "timed out" before they were asked for. No proxy is used
/// unless fetch.use_proxy allows it; then every target is checked by the guard before the
/// request, since the connection the guard sees is the proxy's.
/// </summary>
public sealed class FeedFetcher : IFeedFetcher, IDisposable
{
    private readonly FetchConfig _config;
    private readonly HttpClient _http;
    private readonly TimeSpan _baseDelay;
    private readonly NetworkGuard _guard;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hostSlots = new(StringComparer.OrdinalIgnoreCase);

    public FeedFetcher(FetchConfig config, TimeSpan? baseRetryDelay = null)
    {
        _config = config;
        _baseDelay = baseRetryDelay ?? TimeSpan.FromMilliseconds(500);
        var guard = _guard = new NetworkGuard(config.AllowPrivateHosts);
        var handler = new SocketsHttpHandler
        {
            // The system proxy (HTTP_PROXY) would make the guard check the proxy, not the feed host.
            UseProxy = config.UseProxy,
            AutomaticDecompression = DecompressionMethods.All,
            // Redirects are followed by hand: a permanent move must be noticed, and every hop counted.
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, config.TimeoutSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            // The per-host limit is kept by _hostSlots, outside each feed's timeout; this is a backstop.
            MaxConnectionsPerServer = config.MaxPerHost * 2,
            ConnectCallback = async (context, ct) =>
            {
                // The proxy the operator configured is trusted; a feed host never is.
                var addresses = IsProxyEndPoint(context)
                    ? await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct)
                    : await guard.ResolveAsync(context.DnsEndPoint.Host, context.InitialRequestMessage.Options.TryGetValue(FeedHost, out var feedHost) ? feedHost : null, ct);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(config.UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
    }

    public const int MaxRedirects = 5;

    /// <summary>The host of the feed a request is made for, which the guard's trust of a private host is scoped to.</summary>
    private static readonly HttpRequestOptionsKey<string> FeedHost = new("NewsCurator.FeedHost");

    public Task<FetchResult> FetchAsync(Uri uri, CancellationToken ct) => FetchAsync(uri, null, ct);

    public Task<FetchResult> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken ct) => FetchAsync(uri, conditional, uri, ct);

    public async Task<FetchResult> FetchAsync(Uri uri, ConditionalRequest? conditional, Uri feed, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (uri.IsFile)
            return WithLatency(await ReadFileAsync(uri, ct), clock);
        if (uri.Scheme is not ("http" or "https"))
            return new FetchResult { Status = "error", Error = $"unsupported URL scheme '{uri.Scheme}': feeds must be http(s) URLs" };

        for (var attempt = 0; ; attempt++)
        {
            var (result, retryAfter) = await TryOnceAsync(uri, conditional, feed.IsAbsoluteUri ? feed.IdnHost : uri.IdnHost, attempt, ct);
            if (retryAfter is null || attempt >= _config.Retries) return WithLatency(result, clock);
            await Task.Delay(retryAfter.Value, ct);
        }
    }

    private bool IsProxyEndPoint(SocketsHttpConnectionContext context)
    {
        if (!_config.UseProxy || context.InitialRequestMessage.RequestUri is not { } target) return false;
        var proxy = HttpClient.DefaultProxy.GetProxy(target);
        return proxy is not null && string.Equals(proxy.Host, context.DnsEndPoint.Host, StringComparison.OrdinalIgnoreCase) && proxy.Port == context.DnsEndPoint.Port;
    }

    private async Task<(FetchResult Result, TimeSpan? RetryAfter)> TryOnceAsync(Uri uri, ConditionalRequest? conditional, string feedHost, int attempt, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var budget = new TimeoutBudget(timeout, TimeSpan.FromSeconds(_config.TimeoutSeconds));
        SemaphoreSlim? slot = null;
        string? slotHost = null;
        try
        {
            var current = uri;
            var allPermanent = true;
            var scope = feedHost;
            HttpResponseMessage response;
            for (var hop = 0; ; hop++)
            {
                if (!string.Equals(current.IdnHost, slotHost, StringComparison.OrdinalIgnoreCase))
                {
                    // Waiting for a host's slot is not the feed's fault: its clock stops meanwhile.
                    budget.Pause();
                    slot?.Release();
                    slot = null;
                    var hostSlot = _hostSlots.GetOrAdd(current.IdnHost, _ => new SemaphoreSlim(_config.MaxPerHost, _config.MaxPerHost));
                    await hostSlot.WaitAsync(ct);
                    (slot, slotHost) = (hostSlot, current.IdnHost);
                    budget.Resume();
                }
                // Through a proxy the connection's check sees the proxy; a trusted host's pooled connection, opened for its own
                // feed, would carry another feed's request there unchecked (hostile-input audit 48, H1): such targets are
                // checked before each request.
                if ((_config.UseProxy || _guard.IsHostAllowed(current.IdnHost)) && !_guard.IsHostAllowed(current.IdnHost, scope))
                    await _guard.ResolveAsync(current.IdnHost, scope, timeout.Token);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Options.Set(FeedHost, scope);
                // A validator the request cannot carry is left out (the read is then unconditional), not sent to fail the read.
                if (conditional?.ETag is { } etag && FeedState.IsSendable(etag)) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (conditional?.LastModified is { } modified && FeedState.IsSendable(modified)) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
                request.Headers.Authorization = FeedCredentials.For(uri, current);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var code = (int)response.StatusCode;
                if (code is not (301 or 302 or 303 or 307 or 308)) break;
                var location = response.Headers.Location;
                var hasLocation = response.Headers.Contains("Location");
                response.Dispose();
                if (location is null)
                    return (new FetchResult { Status = "error", HttpStatus = code, Error = $"HTTP {code} from {UrlDisplay.Of(current)} {(hasLocation ? "with a Location header that is no valid URL" : "without a Location header")}" }, null);
                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (next.Scheme is not ("http" or "https"))
                    return (new FetchResult { Status = "error", HttpStatus = code, Error = $"{UrlDisplay.Of(current)} redirects to a non-http URL ({next.Scheme}:), refused" }, null);
                if (hop + 1 > MaxRedirects)
                    return (new FetchResult { Status = "error", HttpStatus = code, Error = $"more than {MaxRedirects} redirects starting at {UrlDisplay.Of(uri)}" }, null);
                allPermanent &= code is 301 or 308;
                scope = _guard.ScopeAfterHop(scope, current.IdnHost);
                current = next;
            }
            using var _ = response;
            var movedTo = allPermanent && current != uri ? FeedCredentials.KeepOnMove(uri, current) : null;
            var status = (int)response.StatusCode;
            // 304 answers a conditional request; to a plain one it is a broken (or hostile) server hiding the feed.
            if (response.StatusCode == HttpStatusCode.NotModified && conditional?.ETag is null && conditional?.LastModified is null)
                return (new FetchResult { Status = "error", HttpStatus = status, Error = $"HTTP 304 Not Modified from {UrlDisplay.Of(uri)} to a request that named no version (no ETag or date was sent)" }, null);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return (new FetchResult { Status = "not_modified", HttpStatus = status, FinalUri = current, MovedPermanentlyTo = movedTo, ETag = conditional?.ETag, LastModified = conditional?.LastModified }, null);
            if (!response.IsSuccessStatusCode)
            {
                var error = new FetchResult { Status = "error", HttpStatus = status, Error = $"HTTP {status} {response.ReasonPhrase} from {UrlDisplay.Of(uri)}" };
                if (status != 429 && status < 500) return (error, null);
                var asked = RetryAfter.Of(response);
                var delay = RetryDelay(asked, attempt);
                return delay is null ? (error with { Error = $"{error.Error}; it asks to wait {asked!.Value.TotalSeconds:0} s, so it is read again next run" }, null) : (error, delay);
            }
            if (response.Content.Headers.ContentLength > _config.MaxBodyBytes)
                return (TooLarge(uri, status), null);
            byte[]? body;
            try
            {
                body = await ReadBoundedAsync(await response.Content.ReadAsStreamAsync(timeout.Token), timeout.Token);
            }
            catch (InvalidOperationException ex)
            {
                // The Brotli decoder reports a body that is not what Content-Encoding says this way ("Decoder ran into invalid data").
                // (The handler has already taken the Content-Encoding header off the response by then.)
                throw new InvalidDataException($"the body does not decode as its Content-Encoding header says ({ex.Message}); the server mislabels it", ex);
            }
            if (body is null) return (TooLarge(uri, status), null);
            return (new FetchResult
            {
                Status = "ok",
                Body = body,
                HttpStatus = status,
                Charset = response.Content.Headers.ContentType?.CharSet,
                FinalUri = current,
                MovedPermanentlyTo = movedTo,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
            }, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (new FetchResult { Status = "error", Error = $"timed out after {_config.TimeoutSeconds}s fetching {UrlDisplay.Of(uri)}" }, Backoff(attempt));
        }
        catch (Exception ex) when (FindBlocked(ex) is { } blocked)
        {
            return (new FetchResult { Status = "error", Error = blocked.Message }, null);
        }
        catch (HttpRequestException ex)
        {
            return (new FetchResult { Status = "error", Error = $"could not fetch {UrlDisplay.Of(uri)}: {UrlDisplay.InMessage(ex.Message)}" }, Backoff(attempt));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            // The body broke off (fewer bytes than Content-Length, a bad chunk) or will not decompress: a broken server,
            // CDN or proxy. This feed's error, retried like a dropped connection; never its neighbours'.
            return (new FetchResult { Status = "error", Error = $"reading the response from {UrlDisplay.Of(uri)} failed: {UrlDisplay.InMessage(ex.Message)}" }, Backoff(attempt));
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            return (new FetchResult { Status = "error", Error = $"could not resolve or reach {uri.Host}: {UrlDisplay.InMessage(ex.Message)}" }, Backoff(attempt));
        }
        finally
        {
            slot?.Release();
        }
    }

    private FetchResult TooLarge(Uri uri, int status) => new()
    {
        Status = "error",
        HttpStatus = status,
        Error = $"{UrlDisplay.Of(uri)} is larger than fetch.max_body_bytes ({_config.MaxBodyBytes} bytes); raise the limit if the feed is legitimate",
    };

    private async Task<FetchResult> ReadFileAsync(Uri uri, CancellationToken ct)
    {
        if (!_config.AllowFileUrls)
            return new FetchResult { Status = "error", Error = $"file URLs are disabled: {uri} (set fetch.allow_file_urls: true for local feeds)" };
        var path = uri.LocalPath;
        // A directory is no missing file: "file not found" sent the operator looking for a path that is there (hostile audit F11).
        if (Directory.Exists(path))
            return new FetchResult { Status = "error", Error = $"{path} is a directory, not a feed file; point the feed at the feed document inside it (such as {Path.Combine(path, "feed.xml")})" };
        if (!File.Exists(path)) return new FetchResult { Status = "error", Error = $"file not found: {path}" };
        var length = new FileInfo(path).Length;
        if (length > _config.MaxBodyBytes) return TooLarge(uri, 0);
        // Nothing to read, or no regular file: a FIFO's open blocks until a writer comes (a thread lost for good),
        // a device such as /dev/zero never ends. Both report a length of 0.
        if (length == 0) return new FetchResult { Status = "error", Error = $"{path} is empty or not a regular file; point the feed at a feed document" };
        // Read up to the limit, not to the end: a file that grows while it is read (a log, a pipe's target) is cut there.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_config.TimeoutSeconds));
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            var body = await ReadBoundedAsync(stream, timeout.Token);
            return body is null ? TooLarge(uri, 0) : new FetchResult { Status = "ok", Body = body, FinalUri = uri };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new FetchResult { Status = "error", Error = $"timed out after {_config.TimeoutSeconds}s reading {path}" };
        }
    }

    private Task<byte[]?> ReadBoundedAsync(Stream stream, CancellationToken ct) => Storage.BoundedRead.ReadAtMostAsync(stream, _config.MaxBodyBytes, ct);

    /// <summary>When to ask again: as the server asked, the backoff when it did not say, null (not this run) beyond <see cref="RetryAfter.MaxWait"/>.</summary>
    private TimeSpan? RetryDelay(TimeSpan? asked, int attempt)
        => asked switch
        {
            { } requested when requested > RetryAfter.MaxWait => null,
            { } requested when requested > TimeSpan.Zero => requested,
            _ => Backoff(attempt),
        };

    private TimeSpan Backoff(int attempt)
        => _baseDelay * Math.Pow(2, attempt) + TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)Math.Max(1, _baseDelay.TotalMilliseconds / 2)));

    private static BlockedAddressException? FindBlocked(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is BlockedAddressException b) return b;
        return null;
    }

    private static FetchResult WithLatency(FetchResult result, Stopwatch clock) => result with { LatencyMs = clock.ElapsedMilliseconds };

    public void Dispose() => _http.Dispose();
}

/// <summary>A timeout whose clock can stop (while a request waits its turn for a host) and go on.</summary>
internal sealed class TimeoutBudget(CancellationTokenSource source, TimeSpan total)
{
    private readonly Stopwatch _active = new();

    public void Pause()
    {
        _active.Stop();
        source.CancelAfter(Timeout.InfiniteTimeSpan);
    }

    public void Resume()
    {
        var left = total - _active.Elapsed;
        source.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        _active.Start();
    }
}
