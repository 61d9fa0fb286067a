using System.IO.Compression;
using System.Net;
using System.Text;

namespace NewsCurator.Tests.Support;

/// <summary>
/// The hostile-feed corpus: every document and server behaviour an attacker or a broken publisher
/// has sent us, generated here (nothing large is stored in the repo) and served by a loopback
/// server. Each entry states what it attacks; the test runs them all through the full pipeline.
/// </summary>
public static class HostileCorpus
{
    public sealed record Entry(string Name, string Attack, LoopbackServer.Responder Respond);

    private static LoopbackServer.Responder Body(string body, string contentType = "application/rss+xml")
        => (ctx, _) => LoopbackServer.Write(ctx, 200, body, contentType);

    private static LoopbackServer.Responder Bytes(byte[] body, string contentType = "application/rss+xml", string? encoding = null) => async (ctx, _) =>
    {
        ctx.Response.ContentType = contentType;
        if (encoding is not null) ctx.Response.Headers["Content-Encoding"] = encoding;
        ctx.Response.ContentLength64 = body.Length;
        await ctx.Response.OutputStream.WriteAsync(body);
        ctx.Response.Close();
    };

    private static string Nest(string open, string close, int depth) => string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

    private static byte[] Gzip(int zeros)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            for (var written = 0; written < zeros; written += chunk.Length) gzip.Write(chunk);
        }
        return buffer.ToArray();
    }

    /// <summary>A relevant item whose text goes on with <paramref name="rest"/>: it is scored high and selected, so every stage reads the rest.</summary>
    private static string Prose(string name, string rest)
        => $"<rss version=\"2.0\"><channel><title>{name}</title><item><title>GPU inference for open models: {name}</title><link>https://e.org/{name}</link><description>"
           + WebUtility.HtmlEncode("Researchers released a new open source language model for GPU inference with PyTorch. It runs on one card.\n" + rest)
           + "</description></item></channel></rss>";

    private const string Item = "<item><title>Fine item</title><link>https://e.org/fine</link><description>A short but fine description of nothing.</description></item>";

    public static IReadOnlyList<Entry> Entries(string selfPrefix) =>
    [
        new("utf7-declared", "an encoding .NET does not provide, in the XML declaration",
            Body("<?xml version=\"1.0\" encoding=\"utf-7\"?><rss version=\"2.0\"><channel><title>T</title>" + Item + "<item><title>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</title><link>https://e.org/u7</link></item></channel></rss>")),
        new("utf7-header", "an unsupported HTTP charset", Body("<rss version=\"2.0\"><channel>" + Item + "</channel></rss>", "application/rss+xml; charset=utf-7")),
        new("bogus-charset", "an unknown charset label", Body("<?xml version=\"1.0\" encoding=\"x-klingon-8\"?><rss version=\"2.0\"><channel>" + Item + "</channel></rss>")),
        new("deep-xhtml", "50,000-level nested xhtml in an Atom entry (was 4.3 GB and OutOfMemory)",
            Body("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id><title>Deep</title><content type=\"xhtml\">" + Nest("<div>", "</div>", 50_000) + "</content></entry></feed>", "application/atom+xml")),
        new("deep-rss", "100,000-level nesting in RSS (was quadratic)", Body("<rss version=\"2.0\"><channel>" + Item + "<item><description>" + Nest("<b>", "</b>", 100_000) + "</description></item></channel></rss>")),
        new("deep-json", "10,000 nested JSON arrays", Body("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":" + Nest("[", "]", 10_000) + "}", "application/feed+json")),
        new("entity-bomb", "billion laughs", Body("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\"><!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\"><!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\"><!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]><rss version=\"2.0\"><channel><item><title>&lol9;</title><link>https://e.org/bomb</link></item></channel></rss>")),
        new("xxe", "an external entity naming a local file", Body("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><item><title>&x;</title><link>https://e.org/xxe</link></item></channel></rss>")),
        new("gzip-bomb", "200 MB of zeros in a 200 KB gzip body", Bytes(Gzip(200 << 20), encoding: "gzip")),
        new("endless", "a body that never ends", async (ctx, _) =>
        {
            ctx.Response.SendChunked = true;
            var chunk = Encoding.ASCII.GetBytes("<rss version=\"2.0\"><channel>" + new string(' ', 60_000));
            for (var i = 0; i < 10_000; i++) await ctx.Response.OutputStream.WriteAsync(chunk);
        }),
        new("trickle", "a body sent one byte a second", async (ctx, _) =>
        {
            ctx.Response.SendChunked = true;
            for (var i = 0; i < 60; i++) { await ctx.Response.OutputStream.WriteAsync("<"u8.ToArray()); await Task.Delay(1000); }
        }),
        new("redirect-loop", "a redirect to itself", (ctx, _) => { ctx.Response.RedirectLocation = selfPrefix + "redirect-loop"; return LoopbackServer.Write(ctx, 302, ""); }),
        new("redirect-metadata", "a redirect to the cloud metadata address", (ctx, _) => { ctx.Response.RedirectLocation = "http://169.254.169.254/latest/meta-data/"; return LoopbackServer.Write(ctx, 301, ""); }),
        new("redirect-nat64", "a redirect to metadata through NAT64", (ctx, _) => { ctx.Response.RedirectLocation = "http://[64:ff9b::a9fe:a9fe]/latest/"; return LoopbackServer.Write(ctx, 301, ""); }),
        new("redirect-file", "a redirect to a file: URL", (ctx, _) => { ctx.Response.RedirectLocation = "file:///etc/passwd"; return LoopbackServer.Write(ctx, 301, ""); }),
        new("broken-gzip", "Content-Encoding: gzip over a corrupt stream (failed its whole shard)", Bytes([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x03, 0xff, 0xff, 0xff, 0xff, 0x00, 0x01, 0x02], encoding: "gzip")),
        new("short-body", "fewer bytes than Content-Length, then the connection drops (failed its whole shard)", async (ctx, _) =>
        {
            ctx.Response.ContentType = "application/rss+xml";
            ctx.Response.ContentLength64 = 50_000;
            await ctx.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel>" + Item));
            await ctx.Response.OutputStream.FlushAsync();
            ctx.Response.Abort();
        }),
        new("unasked-304", "304 Not Modified to a request that named no version", (ctx, _) => LoopbackServer.Write(ctx, 304, "")),
        new("hostile-links", "javascript: (also split by a tab), data: and credential links; a root-relative link",
            Body("<rss version=\"2.0\"><channel><title>Links</title><link>" + selfPrefix + "</link>" +
                 "<item><title>Tab script</title><link>java\tscript:alert(10)</link><description>GPU kernels in a new open source compiler.</description></item>" +
                 "<item><title>Data link</title><link>data:text/html;base64,PHNjcmlwdD4=</link><description>Open source GPU drivers ship.</description></item>" +
                 "<item><title>Credentials</title><link>https://user:hunter2@e.org/creds</link><description>A new database engine for analytics.</description></item>" +
                 "<item><title>Root relative</title><link>/2021/post</link><description>A compiler release with faster builds.</description></item></channel></rss>")),
        new("server-error", "HTTP 500", (ctx, _) => LoopbackServer.Write(ctx, 500, "boom")),
        new("rate-limited", "HTTP 429 asking for an hour", (ctx, _) => { ctx.Response.Headers["Retry-After"] = "3600"; return LoopbackServer.Write(ctx, 429, "slow down"); }),
        new("html-page", "an HTML page, not a feed", Body("<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>", "text/html")),
        new("empty", "an empty body", Body("")),
        new("garbage", "binary garbage", Bytes(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray(), "application/octet-stream")),
        new("truncated", "a document cut off mid-item", Body("<rss version=\"2.0\"><channel>" + Item + "<item><title>Cut")),
        new("header-injection", "CR/LF in titles and authors (a subject line is an e-mail header)",
            Body("""{"version":"https://jsonfeed.org/version/1.1","title":"Feed\r\nBcc: all@example.org","items":[{"id":"hi","url":"https://e.org/hi","title":"Open source GPU inference\r\nBcc: victim@example.org","authors":[{"name":"A\r\nX-Evil: 1"}],"content_text":"Researchers released a new open source language model for GPU inference with PyTorch."}]}""", "application/feed+json")),
        new("script-injection", "script, event handlers and javascript: links in content",
            Body("<rss version=\"2.0\"><channel><title>&lt;script&gt;alert(1)&lt;/script&gt;</title><item><title>&lt;img src=x onerror=alert(1)&gt;GPU compilers</title><link>javascript:alert(1)</link><description><![CDATA[<script>alert(1)</script><a href=\"javascript:alert(2)\" onclick=\"x()\">Machine learning compilers for GPU kernels</a>]]></description></item></channel></rss>")),
        new("huge-title", "a one-megabyte title", Body("<rss version=\"2.0\"><channel><item><title>" + new string('A', 1 << 20) + "</title><link>https://e.org/huge</link></item></channel></rss>")),
        new("many-items", "20,000 tiny items", Body("<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<item><title>t{i}</title><link>https://e.org/m{i}</link></item>")) + "</channel></rss>")),
        new("bare-angles", "400,000 bare '<' in one description (HTML-to-text was quadratic)",
            Body("<rss version=\"2.0\"><channel><item><title>Angles</title><link>https://e.org/angles</link><description>" + WebUtility.HtmlEncode(string.Concat(Enumerable.Repeat("a <1 ", 400_000)) + ">") + "</description></item></channel></rss>")),
        new("c1-latin1", "Windows-1252 punctuation under an ISO-8859-1 label", Bytes(Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><item><title>Don\u0092t panic</title><link>https://e.org/c1</link></item></channel></rss>"))),
        // Text shaped to make one rule slow (hostile-input audit 21): each cost a minute of Select and of Enhance per item.
        new("citation-run", "64 KB of 'https://x, 2021 Ab cd ef gh' with no sentence's end (a citation rule was cubic: 115 s)",
            Body(Prose("citation-run", string.Concat(Enumerable.Repeat("https://x, 2021 Ab cd ef gh ", 2_300))))),
        new("comma-list", "a sentence listing 64,000 items after a long lead (the list shortener was quadratic: 67 s)",
            Body(Prose("comma-list", "In this edition we cover " + string.Join(" ", Enumerable.Repeat("tools", 60)) + ", " + string.Join(", ", Enumerable.Repeat("A", 64_000)) + ", and more."))),
        new("editorial-run", "one 190 KB sentence of 'the post the post ...' (an editorial-note rule was quadratic)",
            Body(Prose("editorial-run", "Then " + string.Concat(Enumerable.Repeat("the post ", 21_000)) + "ends here."))),
        new("control-chars", "control characters and bad dates", Body("<rss version=\"2.0\"><channel><item><title>Bell\u0007 and null\u0001</title><pubDate>the 45th of Smarch</pubDate><link>https://e.org/ctl</link></item></channel></rss>")),
    ];
}
