using System.Xml;
using System.Xml.Linq;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>OPML feed lists: every outline with an xmlUrl, at any depth (folders are outlines too).</summary>
public static class Opml
{
    public static List<FeedSource> Parse(string xml, Uri baseUri, string sourceName) => [.. Read(new StringReader(xml), baseUri, sourceName)];

    /// <summary>
    /// The feeds of an OPML document one at a time, read as a stream (a list of 100,000 feeds is never held whole).
    /// No DTD, no entity expansion, no external resolution.
    /// </summary>
    public static IEnumerable<FeedSource> Read(TextReader text, Uri baseUri, string sourceName)
    {
        using var reader = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true });
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (XmlException ex)
            {
                throw new Configuration.ConfigurationException($"{sourceName}: the OPML file is not valid XML (line {ex.LineNumber}): {ex.Message}");
            }
            if (!more) yield break;
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "outline" || reader.NamespaceURI.Length != 0) continue;
            var url = reader.GetAttribute("xmlUrl");
            if (string.IsNullOrWhiteSpace(url)) continue;
            var priority = int.TryParse(reader.GetAttribute("priority"), out var p) ? p : 0;
            var fullText = string.Equals(reader.GetAttribute("fullText"), "true", StringComparison.OrdinalIgnoreCase);
            // An outline whose URL does not parse is one bad feed (Ingest reports it), not a reason to cancel the issue.
            var feedUrl = Uri.TryCreate(baseUri, url.Trim(), out var resolved) ? WithoutFragment(resolved) : url.Trim();
            yield return new FeedSource(feedUrl, reader.GetAttribute("title") ?? reader.GetAttribute("text"), priority, fullText);
        }
    }

    /// <summary>The URL as a feed key: a fragment never reaches the server, so "feed#a" and "feed#b" are one feed.</summary>
    public static string WithoutFragment(Uri uri) => uri.Fragment.Length == 0 ? uri.ToString() : new UriBuilder(uri) { Fragment = "" }.Uri.ToString();

    public static string Write(IEnumerable<FeedSource> feeds, string title)
    {
        var body = new XElement("body", feeds.Select(f => new XElement("outline",
            new XAttribute("type", "rss"), new XAttribute("text", f.Title ?? f.Url), new XAttribute("xmlUrl", f.Url),
            f.Priority != 0 ? new XAttribute("priority", f.Priority) : null,
            f.FullText ? new XAttribute("fullText", "true") : null)));
        return new XDocument(new XElement("opml", new XAttribute("version", "2.0"),
            new XElement("head", new XElement("title", title)), body)).ToString();
    }
}
