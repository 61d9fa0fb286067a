using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
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
        var app = builder.Build();
        var services = PipelineServices.Local(outDirectory);
        var api = new ReadApi(services.Runs, new ReadApiOptions { Blobs = services.Blobs, AdminToken = adminToken });
        app.Run(async context =>
        {
            if (context.Request.Method == "GET" && Dashboard(context.Request.Path.Value) is { } asset)
            {
                context.Response.ContentType = asset.ContentType;
                context.Response.Headers["X-Content-Type-Options"] = "nosniff";
                context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' https:";
                await context.Response.WriteAsync(asset.Body, context.RequestAborted);
                return;
            }
            var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var response = await api.HandleAsync(new ApiRequest(context.Request.Method, context.Request.Path.Value ?? "/", query) { Headers = headers }, context.RequestAborted);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = response.ContentType;
            foreach (var (name, value) in ApiResponse.SecurityHeaders) context.Response.Headers[name] = value;
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        });
        return app;
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
        Console.WriteLine($"newscurator: read API on {urls} over {Path.GetFullPath(outDirectory)} (try /health, /runs, /newsletters/latest)");
        await app.StartAsync(ct);
        try { await Task.Delay(Timeout.Infinite, ct); }
        catch (OperationCanceledException) { /* Ctrl+C */ }
        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
