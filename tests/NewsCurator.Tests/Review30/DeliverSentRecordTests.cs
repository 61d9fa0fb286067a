using MimeKit;
using NewsCurator.Configuration;
using NewsCurator.Delivery;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review30;

/// <summary>
/// Review of session 30, R1 and R2: Deliver files the issue's stories as sent (state/sent/{run}.json, which also makes
/// Ingest trust the run's feed validators) whenever DeliverAsync returns, whether or not a copy went out; and does not
/// file them when it stops by an exception after copies went out. Each test FAILS on the reviewed code.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DeliverSentRecordTests : IDisposable
{
    private const string RunId = "day1";
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("review30-deliver-").FullName;

    /// <summary>A mail server whose answers the test scripts, one per SendAsync call, across sessions.</summary>
    private sealed class ScriptedMail(params Func<MimeMessage, MailRefusal?>[] answers) : IMailSender, IMailSession
    {
        private int _next;
        public List<string> Accepted { get; } = [];
        public Task<IMailSession> ConnectAsync(SmtpConfig config, string? password, CancellationToken ct) => Task.FromResult<IMailSession>(this);

        public Task<MailRefusal?> SendAsync(MimeMessage message, CancellationToken ct)
        {
            var refusal = answers[Math.Min(_next++, answers.Length - 1)](message);
            if (refusal is null) Accepted.Add(message.To.Mailboxes.First().Address);
            return Task.FromResult(refusal);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private async Task<(DeliverStage Stage, FileBlobStore Blobs, RunContext Context)> SetUp(IMailSender mail, params string[] recipients)
    {
        var blobs = new FileBlobStore(_root);
        var paths = new RunPaths(RunId);
        var config = new PipelineConfig
        {
            Delivery = new DeliveryConfig
            {
                Enabled = true, Mode = DeliveryModes.Smtp, From = "Brief <brief@example.org>", Recipients = recipients,
                ListUnsubscribe = "mailto:unsubscribe@example.org",
            },
        };
        await blobs.WriteJsonAsync(paths.Config, config);
        await blobs.WriteTextAsync(paths.NewsletterHtml, "<p>issue</p>", "text/html");
        await blobs.WriteTextAsync(paths.NewsletterText, "issue", "text/plain");
        await blobs.WriteJsonAsync(paths.NewsletterMeta, new NewsletterMeta("nl-" + RunId, RunId, "The Brief", 1, Start, paths.NewsletterHtml, paths.NewsletterText));
        await blobs.WriteJsonAsync(paths.StoriesToRemember, new SentRecord(RunId, Start, [new SentStory("a1", "https://example.org/llm", SentMemory.TitleHash("Open LLM runs on one GPU"), "Open LLM runs on one GPU")]));
        var services = new PipelineServices
        {
            Blobs = blobs, Runs = null!, Reader = null!, FetcherFactory = null!, ChatClientFactory = null!, Secrets = null!, Mail = mail,
        };
        var context = new RunContext { RunId = RunId, Prefix = paths.Prefix, ConfigDigest = "x", StartedAt = Start, NewsletterId = "nl-" + RunId };
        return (new DeliverStage(services), blobs, context);
    }

    private async Task<bool> FiledAsSent(FileBlobStore blobs)
    {
        await using var stream = await blobs.OpenReadAsync(SentMemory.Key(RunId));
        return stream is not null;
    }

    // R1: SES's sandbox refuses the message itself ("554 Message rejected: Email address is not verified") for the only
    // reader: fewer than MessageRefusalsToStop refusals, so the step ends normally, and the issue nobody got is filed as sent.
    [Fact]
    public async Task R1_WhenTheOnlyReadersCopyIsRefused_TheIssueShouldNotBeFiledAsSent()
    {
        var mail = new ScriptedMail(_ => new MailRefusal(true, "554 Message rejected: Email address is not verified", MessageRefused: true));
        var (stage, blobs, context) = await SetUp(mail, "alice@example.org");

        await stage.RunAsync(context);

        Assert.Empty(mail.Accepted);
        Assert.False(await FiledAsSent(blobs), "no copy went out, yet the stories are filed as sent and the run's validators trusted");
    }

    // R1: a mail server that says "451 try later" to everyone: the third and last attempt of the step ends normally with every
    // copy deferred, and the issue is filed as sent.
    [Fact]
    public async Task R1_WhenEveryCopyIsStillDeferredOnTheLastAttempt_TheIssueShouldNotBeFiledAsSent()
    {
        var mail = new ScriptedMail(_ => new MailRefusal(false, "451 4.3.0 try again later"));
        var (stage, blobs, context) = await SetUp(mail, "alice@example.org", "bob@example.org");

        for (var attempt = 1; attempt < DeliverStage.MaxAttempts; attempt++)
            await Assert.ThrowsAsync<DeliveryDeferredException>(() => stage.RunAsync(context));
        await stage.RunAsync(context);

        Assert.Empty(mail.Accepted);
        Assert.False(await FiledAsSent(blobs), "no copy went out, yet the stories are filed as sent");
    }

    // R2: the connection breaks after the first reader got the issue ("A broken connection throws"): the step fails (and,
    // when its retries find the server still down, the run ends in MarkRunFailed) without filing what alice already has, so
    // the next run mails her the same stories again.
    [Fact]
    public async Task R2_WhenTheStepFailsAfterACopyWentOut_TheIssueShouldBeFiledAsSent()
    {
        var mail = new ScriptedMail(_ => null, _ => throw new IOException("connection reset by peer"));
        var (stage, blobs, context) = await SetUp(mail, "alice@example.org", "bob@example.org", "carol@example.org");

        await Assert.ThrowsAsync<IOException>(() => stage.RunAsync(context));

        Assert.Equal(["alice@example.org"], mail.Accepted);
        Assert.True(await FiledAsSent(blobs), "alice has the issue, but its stories are not filed as sent");
    }

    // R12: a re-run of an id whose first attempt reached alice, then stopped (refused sender, R2), re-ingests its feeds and
    // may select other stories; its Deliver sends the rest and overwrites state/sent/{run}.json with the new list, so what
    // alice got is forgotten and the next run can mail it to her again.
    [Fact]
    public async Task R12_ARerunsFiling_ShouldKeepWhatAnEarlierAttemptOfTheIdSent()
    {
        var mail = new ScriptedMail(_ => null);
        var (stage, blobs, context) = await SetUp(mail, "bob@example.org");
        var first = new SentStory("a0", "https://example.org/first", SentMemory.TitleHash("Kernel 6.19 released"), "Kernel 6.19 released");
        await blobs.WriteJsonAsync(SentMemory.Key(RunId), new SentRecord(RunId, Start, [first]));

        await stage.RunAsync(context);

        var filed = await blobs.ReadJsonAsync<SentRecord>(SentMemory.Key(RunId));
        Assert.Contains(filed!.Stories, s => s.ArticleId == "a0");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
