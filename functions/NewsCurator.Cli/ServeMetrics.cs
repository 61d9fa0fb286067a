using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsCurator.Cli;

/// <summary>
/// `serve`'s /metrics in the Prometheus text exposition format: requests by route and status,
/// and a latency histogram by route. Routes are the first path segment (runs, articles, ...), so
/// an attacker's paths cannot grow the label set. (prometheus-net's transitive dependencies are
/// not all on this build's package feed; the format is small enough to write directly.)
/// </summary>
public sealed class ServeMetrics
{
    private static readonly HashSet<string> Routes = ["health", "runs", "articles", "analysis", "newsletters", "feeds", "metrics", "admin", "openapi.json", "dashboard.js", "dashboard.css", "index.html"];
    private static readonly double[] Buckets = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    private readonly ConcurrentDictionary<(string Route, int Status), long> _requests = new();
    private readonly ConcurrentDictionary<string, Histogram> _latency = new();

    private sealed class Histogram
    {
        public readonly long[] Counts = new long[Buckets.Length + 1];
        public double Sum;
    }

    /// <summary>Times one request; disposing records it with the status the response ended with.</summary>
    public IDisposable Measure(HttpContext context) => new Timing(this, context);

    public async Task WriteAsync(HttpContext context)
    {
        var sb = new StringBuilder();
        sb.Append("# HELP newscurator_api_requests_total Read API requests answered, by route and status code\n# TYPE newscurator_api_requests_total counter\n");
        foreach (var ((route, status), count) in _requests.OrderBy(r => r.Key))
            sb.Append(CultureInfo.InvariantCulture, $"newscurator_api_requests_total{{route=\"{route}\",status=\"{status}\"}} {count}\n");
        sb.Append("# HELP newscurator_api_request_duration_seconds Read API request latency, by route\n# TYPE newscurator_api_request_duration_seconds histogram\n");
        foreach (var (route, h) in _latency.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            long cumulative = 0;
            lock (h)
            {
                for (var i = 0; i < Buckets.Length; i++)
                {
                    cumulative += h.Counts[i];
                    sb.Append(CultureInfo.InvariantCulture, $"newscurator_api_request_duration_seconds_bucket{{route=\"{route}\",le=\"{Buckets[i]}\"}} {cumulative}\n");
                }
                cumulative += h.Counts[^1];
                sb.Append(CultureInfo.InvariantCulture, $"newscurator_api_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {cumulative}\n");
                sb.Append(CultureInfo.InvariantCulture, $"newscurator_api_request_duration_seconds_sum{{route=\"{route}\"}} {h.Sum}\n");
                sb.Append(CultureInfo.InvariantCulture, $"newscurator_api_request_duration_seconds_count{{route=\"{route}\"}} {cumulative}\n");
            }
        }
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await context.Response.WriteAsync(sb.ToString(), context.RequestAborted);
    }

    private void Record(string route, int status, double seconds)
    {
        _requests.AddOrUpdate((route, status), 1, (_, n) => n + 1);
        var h = _latency.GetOrAdd(route, _ => new Histogram());
        var bucket = Array.FindIndex(Buckets, b => seconds <= b);
        lock (h)
        {
            h.Counts[bucket < 0 ? Buckets.Length : bucket]++;
            h.Sum += seconds;
        }
    }

    private static string RouteOf(PathString path)
    {
        // /api/v1/runs is /runs: clients that follow the OpenAPI document were all counted as "other".
        var first = Api.ReadApi.WithoutVersionPrefix(path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return first.Length == 0 ? "index.html" : Routes.Contains(first) ? first : "other";
    }

    private sealed class Timing(ServeMetrics metrics, HttpContext context) : IDisposable
    {
        private readonly long _start = Stopwatch.GetTimestamp();

        public void Dispose() => metrics.Record(RouteOf(context.Request.Path), context.Response.StatusCode, Stopwatch.GetElapsedTime(_start).TotalSeconds);
    }
}
