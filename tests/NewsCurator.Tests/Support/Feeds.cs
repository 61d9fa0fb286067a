namespace NewsCurator.Tests.Support;

/// <summary>Small hand-written feeds for tests that need exact control over the content.</summary>
public static class Feeds
{
    public static string Rss(string title, params (string Title, string Link, string Body)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{title}</title><link>https://example.org/</link>
        {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link><guid>{i.Link}</guid><pubDate>Mon, 06 Sep 2021 16:45:00 +0000</pubDate><description><![CDATA[{i.Body}]]></description></item>"))}
        </channel></rss>
        """;

    public const string AiBody = "Researchers released a new open source large language model that runs inference on a single GPU. " +
        "The model uses a transformer architecture and was trained with PyTorch on public datasets. " +
        "Developers can fine-tune it through a Python API, and the team published benchmarks against other models. " +
        "The release includes the source code, the training scripts and documentation for deploying it on Kubernetes.";

    public const string SportsBody = "The home team won the match on Saturday after a late goal in the second half. " +
        "Fans celebrated in the stadium as the coach praised the defence and the goalkeeper for a strong performance. " +
        "The league table now shows the club in third place ahead of next week's derby against their local rivals.";
}
