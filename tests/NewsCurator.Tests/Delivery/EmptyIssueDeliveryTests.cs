using MimeKit;
using NewsCurator.Configuration;
using NewsCurator.Delivery;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Delivery;

/// <summary>
/// An issue with no story is not mailed (held-out review 72, F5; held-out review 74, F8): Deliver sent every reader a
/// header and a footer. An issue of one story still goes out.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EmptyIssueDeliveryTests : IDisposable
{
    private const string RunId = "empty1";
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 6, 0, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("empty-issue-").FullName;

    private sealed class RecordingMail : IMailSender, IMailSession
    {
        public List<string> Accepted { get; } = [];
        public Task<IMailSession> ConnectAsync(SmtpConfig config, string? password, CancellationToken ct) => Task.FromResult<IMailSession>(this);

        public Task<MailRefusal?> SendAsync(MimeMessage message, CancellationToken ct)
        {
            Accepted.Add(message.To.Mailboxes.First().Address);
            return Task.FromResult<MailRefusal?>(null);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private async Task<List<string>> DeliverAsync(int stories, bool enabled = true)
    {
        var blobs = new FileBlobStore(_root);
        var paths = new RunPaths(RunId);
        await blobs.WriteJsonAsync(paths.StoriesToRemember, new SentRecord(RunId, Start,
            [.. Enumerable.Range(1, stories).Select(i => new SentStory($"a{i}", $"https://example.org/{i}", (ulong)i, $"Story {i}"))]));
        await blobs.WriteJsonAsync(paths.Config, new PipelineConfig
        {
            Delivery = new DeliveryConfig
            {
                Enabled = enabled, Mode = DeliveryModes.Smtp, From = "Brief <brief@example.org>", Recipients = ["alice@example.org"],
                ListUnsubscribe = "mailto:unsubscribe@example.org",
            },
        });
        await blobs.WriteTextAsync(paths.NewsletterHtml, "<p>issue</p>", "text/html");
        await blobs.WriteTextAsync(paths.NewsletterText, "issue", "text/plain");
        await blobs.WriteJsonAsync(paths.NewsletterMeta, new NewsletterMeta("nl-" + RunId, RunId, "The Brief", stories, Start, paths.NewsletterHtml, paths.NewsletterText));
        var mail = new RecordingMail();
        var services = new PipelineServices
        {
            Blobs = blobs, Runs = null!, Reader = null!, FetcherFactory = null!, ChatClientFactory = null!, Secrets = null!, Mail = mail,
        };
        await new DeliverStage(services).RunAsync(new RunContext { RunId = RunId, Prefix = paths.Prefix, ConfigDigest = "x", StartedAt = Start, NewsletterId = "nl-" + RunId });
        return mail.Accepted;
    }

    [Fact]
    public async Task EmptyIssue_ShouldNotBeSent() => Assert.Empty(await DeliverAsync(stories: 0));

    [Fact]
    public async Task IssueOfOneStory_ShouldStillBeSent() => Assert.Equal(["alice@example.org"], await DeliverAsync(stories: 1));

    /// <summary>
    /// Filed as issued, an empty issue told the next run's Ingest that this run's feed validators hold: after a fix of a
    /// too strict config every feed answered 304 and the fixed run read nothing. Not filed, with delivery on or off.
    /// </summary>
    [Theory]
    [InlineData(true, 0, false)]
    [InlineData(false, 0, false)]
    [InlineData(false, 1, true)]
    [InlineData(true, 1, true)]
    public async Task Issue_ShouldBeFiledAsIssued_OnlyWhenItHoldsAStory(bool enabled, int stories, bool filed)
    {
        await DeliverAsync(stories, enabled);
        Assert.Equal(filed, File.Exists(Path.Combine(_root, SentMemory.Key(RunId))));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
