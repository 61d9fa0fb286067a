using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;
using NewsCurator.Configuration;
using NewsCurator.Delivery;
using NewsCurator.Model;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace NewsCurator.Tests.Delivery;

/// <summary>Deliver after Export: drafts by default, SMTP to a real server on loopback that keeps what arrives, never twice.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class DeliveryTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _feeds = new();

    /// <summary>Keeps every message the loopback SMTP server accepts, parsed.</summary>
    private sealed class Inbox : MessageStore
    {
        public ConcurrentQueue<(string[] To, MimeMessage Message)> Messages { get; } = new();

        /// <summary>Mailboxes whose messages get "451 try again later" at the end of DATA, as a full or greylisting mailbox's do.</summary>
        public HashSet<string> Deferring { get; } = [];

        public ConcurrentQueue<string> Deferred { get; } = new();

        /// <summary>Mailboxes whose messages get SES's "554 Message rejected" at the end of DATA (a sandboxed account, an unverified address).</summary>
        public HashSet<string> RefusingMessage { get; } = [];

        /// <summary>Mailboxes whose messages get "552 5.2.2 Mailbox full" at the end of DATA, as a server that delivers itself answers.</summary>
        public HashSet<string> Full { get; } = [];

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var to = transaction.To.Select(m => $"{m.User}@{m.Host}").ToArray();
            if (to.Any(Full.Contains))
                return new SmtpResponse((SmtpReplyCode)552, "5.2.2 Mailbox full, over quota");
            if (to.Any(RefusingMessage.Contains))
                return new SmtpResponse((SmtpReplyCode)554, "Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1");
            if (to.Any(Deferring.Contains))
            {
                foreach (var address in to) Deferred.Enqueue(address);
                return new SmtpResponse(SmtpReplyCode.Aborted, "4.2.2 mailbox full, try again later");
            }
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            Messages.Enqueue((transaction.To.Select(m => $"{m.User}@{m.Host}").ToArray(), message));
            return SmtpResponse.Ok;
        }
    }

    /// <summary>A real SMTP server on a free loopback port that keeps what it accepts; stopped on dispose.</summary>
    private sealed class LoopbackSmtp : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _serving;

        public LoopbackSmtp(IMailboxFilter? filter = null)
        {
            Port = FreePort();
            var services = new ServiceProvider();
            services.Add(Inbox);
            if (filter is not null) services.Add(filter);
            var server = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build(), services);
            _serving = server.StartAsync(_stop.Token);
        }

        public int Port { get; }

        public Inbox Inbox { get; } = new();

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try { await _serving; } catch (OperationCanceledException) { /* stopped */ }
            _stop.Dispose();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private string Config(string name, string delivery)
    {
        _feeds.Serve("feed.xml", Feeds.Rss("AI feed", ("Open LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody),
            ("Rust compiler gets faster builds", "https://example.org/rust", Feeds.AiBody.Replace("language model", "Rust compiler"))));
        return _harness.RepeatableConfig(name, _feeds.Url("feed.xml"), "delivery:\n" + delivery + "\n");
    }

    /// <summary>SMTP delivery to the loopback server on <paramref name="port"/>, unsubscribe by mail.</summary>
    private string SmtpConfig(string name, int port, params string[] recipients) => Config(name, $$"""
              enabled: true
              mode: smtp
              from: "Brief <brief@example.org>"
              recipients: [{{string.Join(", ", recipients)}}]
              list_unsubscribe: "mailto:unsubscribe@example.org"
              smtp:
                host: 127.0.0.1
                port: {{port}}
                security: none
            """);

    [Fact]
    public async Task Smtp_ShouldSendMultipartWithListUnsubscribeOncePerRecipient_EvenWhenDeliverIsRetried()
    {
        await using var smtp = new LoopbackSmtp();
        var (port, inbox) = (smtp.Port, smtp.Inbox);

        var file = _harness.WriteFile("recipients.txt", "# readers\ncarol@example.org\n\n");
        var config = Config("smtp.yaml", $$"""
              enabled: true
              mode: smtp
              from: "Brief <brief@example.org>"
              recipients: [alice@example.org, bob@example.org]
              recipients_file: {{file}}
              list_unsubscribe: "https://example.org/unsubscribe?u={email}"
              smtp:
                host: 127.0.0.1
                port: {{port}}
                security: none
            """);
        var result = await _harness.RunAsync("mail", config);
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");

        Assert.Equal(["alice@example.org", "bob@example.org", "carol@example.org"], inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        var subject = _harness.Query<string>("SELECT subject_line FROM newsletters WHERE run_id = 'mail'").Single();
        foreach (var (to, message) in inbox.Messages)
        {
            Assert.Equal(subject, message.Subject);
            Assert.Equal("brief@example.org", message.From.Mailboxes.Single().Address);
            Assert.Equal($"<https://example.org/unsubscribe?u={Uri.EscapeDataString(to[0])}>", message.Headers["List-Unsubscribe"]);
            Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
            var alternative = Assert.IsType<MultipartAlternative>(message.Body);
            Assert.Contains(alternative.OfType<TextPart>(), p => p.IsPlain && p.Text.Contains("Open LLM runs on one GPU", StringComparison.Ordinal));
            Assert.Contains(alternative.OfType<TextPart>(), p => p.IsHtml && p.Text.Contains("<table", StringComparison.Ordinal));
        }

        // A retried Deliver (the state again, same input) finds the records and sends nothing.
        var context = result.Output.Deserialize<RunContext>(NewsCurator.Storage.Json.Options)!;
        await new DeliverStage(_harness.Services).RunAsync(context);
        Assert.Equal(3, inbox.Messages.Count);
        var summary = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/mail/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((3, 0, 3), (summary.Recipients, summary.Sent, summary.AlreadyDone));

        // A send that may have happened before a crash (record "sending") is never repeated.
        var records = await _harness.Services.Blobs.ListAsync("runs/mail/delivery/");
        var first = records.First(k => k.EndsWith(".json", StringComparison.Ordinal) && !k.EndsWith("summary.json", StringComparison.Ordinal));
        var record = JsonSerializer.Deserialize<DeliveryRecord>(_harness.ReadBlob(first), NewsCurator.Storage.Json.Options)!;
        await _harness.Services.Blobs.WriteJsonAsync(first, record with { Status = DeliveryStatus.Sending });
        await new DeliverStage(_harness.Services).RunAsync(context);
        Assert.Equal(3, inbox.Messages.Count);

    }

    /// <summary>Refuses the listed mailboxes at RCPT (550), as a server does for a closed or mistyped address.</summary>
    private sealed class ClosedMailboxes(params string[] closed) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
            => Task.FromResult(!closed.Contains($"{to.User}@{to.Host}"));
    }

    [Fact]
    public async Task Smtp_WhenOneMailboxIsRefused_ShouldStillSendTheRest_AndARerunOfTheIdShouldSendNobodyTwice()
    {
        await using var smtp = new LoopbackSmtp(new ClosedMailboxes("closed@example.org"));
        var (port, inbox) = (smtp.Port, smtp.Inbox);
        var config = SmtpConfig("refused.yaml", port, "alice@example.org", "closed@example.org", "bob@example.org");

        var result = await _harness.RunAsync("refused", config);
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(["alice@example.org", "bob@example.org"], inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        var summary = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/refused/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((3, 2, 1, 0), (summary.Recipients, summary.Sent, summary.Rejected, summary.Unconfirmed));
        var refused = JsonSerializer.Deserialize<DeliveryRecord>(_harness.ReadBlob($"runs/refused/delivery/{Hashing.ShortHash("closed@example.org")}.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal(DeliveryStatus.Rejected, refused.Status);
        Assert.StartsWith("550", refused.Reply);

        // The operator re-runs the same id: the newsletter is rebuilt, and nobody is mailed again.
        var again = await _harness.RunAsync("refused", config);
        Assert.True(again.Succeeded, $"{again.Error}: {again.Cause}");
        Assert.Equal(2, inbox.Messages.Count);
        summary = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/refused/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((0, 2, 1), (summary.Sent, summary.AlreadyDone, summary.Rejected));
    }

    [Fact]
    public async Task Smtp_ADamagedDeliveryRecord_ShouldSendNoSecondCopy_NorFailTheRerun_AndCountAsUnconfirmed()
    {
        // Hostile-input audit 30, H5: {"status":null} sent a second copy; bytes of garbage failed every re-run of the id.
        await using var smtp = new LoopbackSmtp();
        var config = SmtpConfig("damaged.yaml", smtp.Port, "alice@example.org", "bob@example.org", "carol@example.org");
        Assert.True((await _harness.RunAsync("damaged", config)).Succeeded);
        Assert.Equal(3, smtp.Inbox.Messages.Count);
        File.WriteAllText(Path.Combine(_harness.OutDir, $"runs/damaged/delivery/{Hashing.ShortHash("alice@example.org")}.json"), "{\"status\":null}");
        File.WriteAllBytes(Path.Combine(_harness.OutDir, $"runs/damaged/delivery/{Hashing.ShortHash("bob@example.org")}.json"), [0x43, 0xE6, 0x00, 0x7B]);

        var again = await _harness.RunAsync("damaged", config);

        Assert.True(again.Succeeded, $"{again.Error}: {again.Cause}");
        Assert.Equal(3, smtp.Inbox.Messages.Count);
        var summary = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/damaged/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((0, 1, 2), (summary.Sent, summary.AlreadyDone, summary.Unconfirmed));
    }

    [Fact]
    public async Task Smtp_WhenAMailboxDefersEveryTry_ShouldRetryOnlyItThenEndTheRunWithItCountedAsDeferred()
    {
        await using var smtp = new LoopbackSmtp();
        smtp.Inbox.Deferring.Add("full@example.org");
        var config = SmtpConfig("deferred.yaml", smtp.Port, "alice@example.org", "full@example.org", "bob@example.org");

        var result = await _harness.RunAsync("deferred", config);

        // The state's retries send to the deferred mailbox only, up to MaxAttempts in all; the run then succeeds.
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(["alice@example.org", "bob@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Repeat("full@example.org", DeliverStage.MaxAttempts), smtp.Inbox.Deferred);
        var summary = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/deferred/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((3, 0, 2, 1), (summary.Recipients, summary.Sent, summary.AlreadyDone, summary.Deferred));
        var record = JsonSerializer.Deserialize<DeliveryRecord>(_harness.ReadBlob($"runs/deferred/delivery/{Hashing.ShortHash("full@example.org")}.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((DeliveryStatus.Deferred, DeliverStage.MaxAttempts), (record.Status, record.Attempts));
        Assert.StartsWith("451", record.Reply);

        // The mailbox empties; the operator re-runs the id: it gets its copy, and nobody else a second one.
        smtp.Inbox.Deferring.Clear();
        var again = await _harness.RunAsync("deferred", config);
        Assert.True(again.Succeeded, $"{again.Error}: {again.Cause}");
        Assert.Equal(["alice@example.org", "bob@example.org", "full@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
    }

    /// <summary>Answers MAIL FROM with <paramref name="reply"/> on the transactions it is told to (1-based), as SES does when the send rate is exceeded or the account is paused.</summary>
    private sealed class RefusingSender(SmtpReplyCode code, string reply, Func<int, bool> refuses) : IMailboxFilter
    {
        private int _transactions;

        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken)
            => refuses(Interlocked.Increment(ref _transactions)) ? throw new SmtpResponseException(new SmtpResponse(code, reply)) : Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) => Task.FromResult(true);
    }

    [Fact]
    public async Task Smtp_WhenTheSenderIsThrottledOnce_ShouldSendThatRecipientOnTheRetry_NotLeaveItUnconfirmed()
    {
        // SES's reply at MAIL FROM when the send rate is exceeded. The recipient was left "sending" and so never sent.
        await using var smtp = new LoopbackSmtp(new RefusingSender((SmtpReplyCode)454, "Throttling failure: Maximum sending rate exceeded.", n => n == 2));
        var config = SmtpConfig("throttled.yaml", smtp.Port, "alice@example.org", "bob@example.org", "carol@example.org");

        var result = await _harness.RunAsync("throttled", config);

        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(["alice@example.org", "bob@example.org", "carol@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        var summary = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/throttled/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal(0, summary.Unconfirmed);
    }

    [Fact]
    public async Task Smtp_WhenTheMailServerIsDown_TheNextRunShouldCarryTheStories_NotReadTheFeedAsUnchangedOrItsStoriesAsSent()
    {
        // Hostile-input audit 30, H1: a run rendered its issue and failed at Deliver; it counted as sent, and the next run
        // got 304 for its feed (validators of a run that sent nothing) and mailed an empty issue.
        var body = Feeds.Rss("AI feed", ("Open LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody),
            ("Rust compiler gets faster builds", "https://example.org/rust", Feeds.AiBody.Replace("language model", "Rust compiler")));
        _feeds.Route("feed.xml", (ctx, _) =>
        {
            if (ctx.Request.Headers["If-None-Match"] == "\"v1\"") return LoopbackServer.Write(ctx, 304, "");
            ctx.Response.Headers["ETag"] = "\"v1\"";
            return LoopbackServer.Write(ctx, 200, body, "application/rss+xml");
        });
        var delivery = (int port) => "delivery:\n" + $$"""
              enabled: true
              mode: smtp
              from: "Brief <brief@example.org>"
              recipients: [alice@example.org]
              list_unsubscribe: "mailto:unsubscribe@example.org"
              smtp:
                host: 127.0.0.1
                port: {{port}}
                security: none
            """ + "\n";

        var down = await _harness.RunAsync("day1", _harness.RepeatableConfig("down.yaml", _feeds.Url("feed.xml"), delivery(FreePort())));
        Assert.False(down.Succeeded);
        Assert.True(_harness.BlobExists("runs/day1/newsletter/newsletter.json"), $"{down.Error}: {down.Cause}");
        Assert.False(_harness.BlobExists("state/sent/day1.json"));

        await using var smtp = new LoopbackSmtp();
        var up = await _harness.RunAsync("day2", _harness.RepeatableConfig("up.yaml", _feeds.Url("feed.xml"), delivery(smtp.Port)));

        Assert.True(up.Succeeded, $"{up.Error}: {up.Cause}");
        Assert.Equal(2, _harness.Count("SELECT COUNT(*) FROM articles WHERE run_id = 'day2' AND decision = 'selected'"));
        Assert.Equal(0, _harness.Count("SELECT COUNT(*) FROM articles WHERE run_id = 'day2' AND decision_rule = 'already_sent'"));
        Assert.Contains("Open LLM runs on one GPU", Assert.Single(smtp.Inbox.Messages).Message.TextBody, StringComparison.Ordinal);
        Assert.True(_harness.BlobExists("state/sent/day2.json"));
    }

    [Fact]
    public async Task Smtp_WhenTheSenderIsRefusedForGood_ShouldFailTheRunNamingTheAccount_AndARerunShouldSendEveryone()
    {
        var paused = true;
        await using var smtp = new LoopbackSmtp(new RefusingSender((SmtpReplyCode)550, "5.7.1 Message rejected: sending paused for this account", n => paused && n >= 2));
        var config = SmtpConfig("paused.yaml", smtp.Port, "alice@example.org", "bob@example.org", "carol@example.org");

        var result = await _harness.RunAsync("paused", config);

        Assert.False(result.Succeeded);
        Assert.Contains("refused the sender", result.Cause, StringComparison.Ordinal);
        Assert.Contains("sending paused", result.Cause, StringComparison.Ordinal);
        Assert.Equal(["alice@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To));
        var bob = JsonSerializer.Deserialize<DeliveryRecord>(_harness.ReadBlob($"runs/paused/delivery/{Hashing.ShortHash("bob@example.org")}.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal(DeliveryStatus.Deferred, bob.Status);
        var stopped = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/paused/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((1, 1), (stopped.Sent, stopped.Deferred));

        // The operator fixes the account and re-runs the id: bob and carol get theirs, alice no second copy.
        paused = false;
        var again = await _harness.RunAsync("paused", config);
        Assert.True(again.Succeeded, $"{again.Error}: {again.Cause}");
        Assert.Equal(["alice@example.org", "bob@example.org", "carol@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Smtp_WhenTheMessageIsRefusedForEveryReader_ShouldStopAndFailTheRunRejectingNobody_AndARerunShouldSendEveryone()
    {
        // SES in its sandbox refuses every unverified address after DATA: the readers' mailboxes are fine. Marked "rejected",
        // none of them would ever be sent this issue, and the run went on through the whole list.
        await using var smtp = new LoopbackSmtp();
        string[] readers = ["alice@example.org", "bob@example.org", "carol@example.org", "dave@example.org"];
        smtp.Inbox.RefusingMessage.UnionWith(readers);
        var config = SmtpConfig("sandboxed.yaml", smtp.Port, readers);

        var result = await _harness.RunAsync("sandboxed", config);

        Assert.False(result.Succeeded);
        Assert.Contains("refused the message itself for 3 readers and took it for none", result.Cause, StringComparison.Ordinal);
        Assert.Contains("554 Message rejected", result.Cause, StringComparison.Ordinal);
        Assert.Empty(smtp.Inbox.Messages);
        DeliveryRecord? RecordOf(string address) => _harness.BlobExists($"runs/sandboxed/delivery/{Hashing.ShortHash(address)}.json")
            ? JsonSerializer.Deserialize<DeliveryRecord>(_harness.ReadBlob($"runs/sandboxed/delivery/{Hashing.ShortHash(address)}.json"), NewsCurator.Storage.Json.Options)
            : null;
        Assert.All(readers[..DeliverStage.MessageRefusalsToStop], r => Assert.Equal(DeliveryStatus.Deferred, RecordOf(r)!.Status));
        Assert.Null(RecordOf("dave@example.org"));
        var stopped = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/sandboxed/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((0, 0, 3), (stopped.Sent, stopped.Rejected, stopped.Deferred));

        // The account leaves the sandbox; a re-run of the id sends everyone their copy.
        smtp.Inbox.RefusingMessage.Clear();
        var again = await _harness.RunAsync("sandboxed", config);
        Assert.True(again.Succeeded, $"{again.Error}: {again.Cause}");
        Assert.Equal(readers, smtp.Inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Smtp_WhenTheMessageIsRefusedForOneReader_ShouldSendTheRest_AndKeepThatReaderForARerun()
    {
        await using var smtp = new LoopbackSmtp();
        smtp.Inbox.RefusingMessage.Add("bob@example.org");
        var config = SmtpConfig("unverified.yaml", smtp.Port, "alice@example.org", "bob@example.org", "carol@example.org");

        var result = await _harness.RunAsync("unverified", config);

        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(["alice@example.org", "carol@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        var bob = JsonSerializer.Deserialize<DeliveryRecord>(_harness.ReadBlob($"runs/unverified/delivery/{Hashing.ShortHash("bob@example.org")}.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal(DeliveryStatus.Deferred, bob.Status);
        Assert.StartsWith("554", bob.Reply);
        var summary = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/unverified/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((2, 0, 1), (summary.Sent, summary.Rejected, summary.Deferred));

        smtp.Inbox.RefusingMessage.Clear();
        Assert.True((await _harness.RunAsync("unverified", config)).Succeeded);
        Assert.Equal(["alice@example.org", "bob@example.org", "carol@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Smtp_WhenAMailboxIsFullAfterData_ShouldRejectThatReaderOnly_NotTakeItForTheMessage()
    {
        await using var smtp = new LoopbackSmtp();
        string[] readers = ["a@example.org", "b@example.org", "c@example.org", "d@example.org"];
        smtp.Inbox.Full.UnionWith(readers[..3]);
        var config = SmtpConfig("full.yaml", smtp.Port, readers);

        var result = await _harness.RunAsync("full", config);

        // Three full mailboxes first are three readers' problems: the fourth still gets the issue.
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(["d@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To));
        var summary = JsonSerializer.Deserialize<DeliverySummary>(_harness.ReadBlob("runs/full/delivery/summary.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal((1, 3, 0), (summary.Sent, summary.Rejected, summary.Deferred));
    }

    [Fact]
    public async Task Smtp_OneReaderListedInSeveralForms_ShouldGetOneCopy_WithTheBareAddressInTheUnsubscribeLink()
    {
        await using var smtp = new LoopbackSmtp();
        var config = Config("forms.yaml", $$"""
              enabled: true
              mode: smtp
              from: "Brief <brief@example.org>"
              recipients: [bob@example.org, "<bob@example.org>", "\"Bob B.\" <BOB@example.org>", alice@example.org]
              list_unsubscribe: "https://example.org/unsubscribe?u={email}"
              smtp:
                host: 127.0.0.1
                port: {{smtp.Port}}
                security: none
            """);

        var result = await _harness.RunAsync("forms", config);

        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(["alice@example.org", "bob@example.org"], smtp.Inbox.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(smtp.Inbox.Messages, m => Assert.Equal($"<https://example.org/unsubscribe?u={Uri.EscapeDataString(m.To[0])}>", m.Message.Headers["List-Unsubscribe"]));
    }

    [Fact]
    public void StateMachine_DeliverRetries_ShouldGiveADeferredRecipientExactlyMaxAttemptsSends()
    {
        var deliver = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repo.Definition))!["States"]!["Deliver"]!;
        var deferred = deliver["Retry"]!.AsArray().Single(r => r!["ErrorEquals"]!.AsArray().Any(e => (string?)e == nameof(DeliveryDeferredException)))!;
        Assert.Equal(DeliverStage.MaxAttempts - 1, (int)deferred["MaxAttempts"]!);
    }

    [Fact]
    public async Task Draft_IsTheDefault_AndWritesOneEmlPerRecipientWithoutSending()
    {
        var config = Config("draft.yaml", """
              enabled: true
              recipients: [dana@example.org]
              list_unsubscribe: "mailto:unsubscribe@example.org?subject=unsubscribe"
              smtp:
                host: 127.0.0.1
                port: 9
            """);
        var result = await _harness.RunAsync("draft", config);
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        var eml = (await _harness.Services.Blobs.ListAsync("runs/draft/delivery/drafts/")).Single();
        using var stream = File.OpenRead(Path.Combine(_harness.OutDir, eml));
        var message = await MimeMessage.LoadAsync(stream);
        Assert.Equal("dana@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("<mailto:unsubscribe@example.org?subject=unsubscribe>", message.Headers["List-Unsubscribe"]);
        Assert.IsType<MultipartAlternative>(message.Body);
    }

    [Fact]
    public async Task DeliveryOff_ShouldWriteNothing()
    {
        var result = await _harness.RunAsync("off", Config("off.yaml", "  enabled: false"));
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Empty(await _harness.Services.Blobs.ListAsync("runs/off/delivery/"));
    }

    [Fact]
    public void Config_WhenDeliveryIsOnWithoutUnsubscribeOrWithABadAddress_ShouldStopTheRun()
    {
        var path = _harness.WriteFile("bad.yaml", "feeds:\n  urls: [\"https://example.org/feed\"]\ndelivery:\n  enabled: true\n  recipients: [not-an-address]\n");
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Load(path));
        Assert.Contains("delivery.recipients", error.Message);
        Assert.Contains("delivery.list_unsubscribe", error.Message);
    }

    public void Dispose()
    {
        _feeds.Dispose();
        _harness.Dispose();
    }
}
