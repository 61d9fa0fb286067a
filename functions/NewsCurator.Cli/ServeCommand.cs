using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsCurator.Api;
using NewsCurator.Runs;

namespace NewsCurator.Cli;

/// <summary>`serve`: the read API on Kestrel over a local output folder, the same router as the Lambda.</summary>
public static class ServeCommand
{
    public static WebApplication Build(string outDirectory, string urls, string? adminToken = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(urls);
        // SIGTERM/SIGINT stop the host; in-flight requests get this long to finish (within the 5 s a supervisor allows).
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(4));
        var app = builder.Build();
        var services = LocalServices.Create(outDirectory);
        var api = new ReadApi(services.Reader, new ReadApiOptions { Blobs = services.Blobs, AdminToken = adminToken });
        var metrics = new ServeMetrics();
        app.Run(async context =>
        {
            using var timing = metrics.Measure(context);
            if (context.Request.Method == "GET" && context.Request.Path.Value == "/metrics")
            {
                foreach (var (name, value) in ApiResponse.SecurityHeaders) context.Response.Headers[name] = value;
                await metrics.WriteAsync(context);
                return;
            }
            var asset = context.Request.Method == "GET" ? Dashboard(context.Request.Path.Value) : null;
            var headers = asset is null ? ApiResponse.SecurityHeaders : ApiResponse.DashboardSecurityHeaders;
            // Set before anything can fail, so even a 500 that Kestrel writes itself carries them.
            foreach (var (name, value) in headers) context.Response.Headers[name] = value;
            try
            {
                if (asset is { } a)
                {
                    context.Response.ContentType = a.ContentType;
                    await context.Response.WriteAsync(a.Body, context.RequestAborted);
                    return;
                }
                var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
                var requestHeaders = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                var request = new ApiRequest(context.Request.Method, context.Request.Path.Value ?? "/", query) { Headers = requestHeaders };
                var response = await api.HandleAsync(request, context.RequestAborted);
                await WriteAsync(context, response);
            }
            catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync($"serve: {context.Request.Method} {context.Request.Path} failed: {ex.GetType().Name}: {ex.Message}");
                await WriteAsync(context, ApiResponse.InternalError());
            }
        });
        return app;
    }

    private static async Task WriteAsync(HttpContext context, ApiResponse response)
    {
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.HeaderOverrides ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    /// <summary>The static dashboard (embedded): a page, a stylesheet and a script that read the API.</summary>
    private static (string ContentType, string Body)? Dashboard(string? path)
    {
        var (name, type) = path switch
        {
            "/" or "/index.html" => ("index.html", "text/html; charset=utf-8"),
            "/dashboard.js" => ("dashboard.js", "text/javascript; charset=utf-8"),
            "/dashboard.css" => ("dashboard.css", "text/css; charset=utf-8"),
            _ => (null, null),
        };
        if (name is null) return null;
        using var stream = typeof(ServeCommand).Assembly.GetManifestResourceStream("dashboard/" + name)!;
        using var reader = new StreamReader(stream);
        return (type!, reader.ReadToEnd());
    }

    /// <summary>
    /// The admin token: the file's first line when --admin-token-file is given, else
    /// NEWSCURATOR_ADMIN_TOKEN; null leaves /admin routes off. Never printed.
    /// </summary>
    public static string? AdminToken(string? tokenFile, Func<string, string?>? getVariable = null)
    {
        if (tokenFile is not null)
        {
            if (!File.Exists(tokenFile))
                throw new Configuration.ConfigurationException($"--admin-token-file: '{tokenFile}' does not exist; write the token into it or omit the option");
            var token = File.ReadLines(tokenFile).FirstOrDefault()?.Trim();
            return string.IsNullOrEmpty(token)
                ? throw new Configuration.ConfigurationException($"--admin-token-file: '{tokenFile}' is empty; its first line must be the token")
                : token;
        }
        return (getVariable ?? Environment.GetEnvironmentVariable)(ReadApiOptions.AdminTokenVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
    }

    public static async Task<int> ExecuteAsync(string outDirectory, string urls, string? adminTokenFile, CancellationToken ct)
    {
        string? token;
        try { token = AdminToken(adminTokenFile); }
        catch (Configuration.ConfigurationException ex)
        {
            await Console.Error.WriteLineAsync($"newscurator serve: {ex.Message}");
            return 2;
        }
        await using var app = Build(outDirectory, urls, token);
        await app.StartAsync(ct);
        Console.WriteLine($"newscurator: read API on {string.Join(", ", app.Urls)} over {Path.GetFullPath(outDirectory)} (try /health, /runs, /newsletters/latest)");
        // The host's console lifetime turns SIGTERM/SIGINT into ApplicationStopping: wait for that
        // (or the command's own cancellation), then stop, letting in-flight requests finish.
        await app.WaitForShutdownAsync(ct);
        Console.WriteLine("newscurator: stopped");
        return 0;
    }
}
