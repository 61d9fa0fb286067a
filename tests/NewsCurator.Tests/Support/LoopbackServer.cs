using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace NewsCurator.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 with scripted responses: feeds, errors, delays, redirects.</summary>
public sealed class LoopbackServer : IDisposable
{
    public delegate Task Responder(HttpListenerContext context, int hit);

    private HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Responder> _routes = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly CancellationTokenSource _stop = new();

    public LoopbackServer()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(20000, 60000);
            Prefix = $"http://127.0.0.1:{port}/";
            // A listener whose Start failed is unusable: take a fresh one for every attempt.
            _listener = new HttpListener();
            try
            {
                _listener.Prefixes.Add(Prefix);
                _listener.Start();
                break;
            }
            catch (Exception ex) when ((ex is HttpListenerException or System.Net.Sockets.SocketException) && attempt < 50)
            {
                _listener.Close(); // port taken: try another
            }
        }
        _ = Task.Run(LoopAsync);
    }

    public string Prefix { get; private set; } = "";

    public string Url(string path) => Prefix + path.TrimStart('/');

    public int Hits(string path) => _hits.GetValueOrDefault("/" + path.TrimStart('/'));

    public void Route(string path, Responder responder) => _routes["/" + path.TrimStart('/')] = responder;

    public void Serve(string path, string body, string contentType = "application/rss+xml", int status = 200)
        => Route(path, (ctx, _) => Write(ctx, status, body, contentType));

    public static async Task Write(HttpListenerContext ctx, int status, string body, string contentType = "text/plain")
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        ctx.Response.ContentLength64 = bytes.Length;
        await ctx.Response.OutputStream.WriteAsync(bytes);
        ctx.Response.Close();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(async () =>
            {
                var path = ctx.Request.Url!.AbsolutePath;
                var hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
                try
                {
                    if (_routes.TryGetValue(path, out var responder)) await responder(ctx, hit);
                    else await Write(ctx, 404, "not found");
                }
                catch (Exception) { /* client went away */ }
            });
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
