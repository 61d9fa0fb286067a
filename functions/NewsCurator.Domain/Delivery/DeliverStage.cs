using MimeKit;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Delivery;

/// <summary>What happened to the issue for one recipient; one record per run and recipient makes a retry safe.</summary>
/// <param name="Attempts">Sends tried for this recipient in this run (a deferred one is tried again by the next attempt of the step).</param>
public sealed record DeliveryRecord(string RunId, string Recipient, string Mode, string Status, string MessageId, DateTimeOffset At, string? EmlKey,
    string? Reply = null, int Attempts = 0);

public static class DeliveryStatus
{
    public const string Drafted = "drafted";
    /// <summary>Written before the SMTP send: a retry that finds it does not send again (at most once).</summary>
    public const string Sending = "sending";
    public const string Sent = "sent";
    /// <summary>The server refused the recipient for good (5xx: no such mailbox): not sent, never retried.</summary>
    public const string Rejected = "rejected";
    /// <summary>
    /// The server refused it for now (4xx), or refused the sender or the message rather than the mailbox (a re-run of the
    /// id sends it): not sent; after a 4xx the next Deliver attempt tries again, up to
    /// <see cref="DeliverStage.MaxAttempts"/> sends in all; after that the run ends with it counted as deferred.
    /// </summary>
    public const string Deferred = "deferred";
}

/// <summary>The run's delivery at a glance: how many were drafted, sent, skipped as already done, left unconfirmed, refused for good or deferred.</summary>
public sealed record DeliverySummary(string Mode, int Recipients, int Drafted, int Sent, int AlreadyDone, int Unconfirmed, int Rejected = 0, int Deferred = 0);

/// <summary>
/// Deliver (after Export; it always runs, and files the issue's stories as sent once a copy went out, or at once when
/// delivery is off): the newsletter as one multipart HTML + text message
/// per recipient with List-Unsubscribe. Draft mode (the default) writes the .eml files to the blob store;
/// smtp mode sends through the mail port (<see cref="IMailSender"/>; in AWS: SES's SMTP interface). A record per run and recipient is
/// written before and after each send, so a retried Deliver never sends twice.
/// </summary>
public sealed class DeliverStage(PipelineServices services)
{
    /// <summary>
    /// Sends a recipient gets in one run: the first and two more by the state's retries of
    /// <see cref="DeliveryDeferredException"/> (its own budget, apart from transient failures). Past that,
    /// one full or greylisting mailbox does not fail a run whose newsletter the others already have: the
    /// step ends, the summary and the warning name the deferred recipients, and a re-run of the id tries
    /// them once more.
    /// </summary>
    public const int MaxAttempts = 3;

    /// <summary>Message refusals, with no copy taken yet, that stop Deliver: the server refuses the issue, not the readers.</summary>
    public const int MessageRefusalsToStop = 3;

    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        await DeliverAsync(context, ct);
        // The last step: the run has ended and gives its lease back (a deferral above keeps it for the step's retry).
        await ActiveRuns.ReleaseAsync(services.Blobs, context.RunId, context.Execution ?? context.RunId, ct);
        return context;
    }

    /// <summary>
    /// The issue has gone out (mailed or drafted to someone, or files only): its stories are filed as sent
    /// (<see cref="Filter.SentMemory"/>), which also tells Ingest that this run's feed validators hold
    /// (<see cref="Ingest.FeedStateStore"/>). A run that failed before this sent nothing, and the next run reads its
    /// stories again (hostile-input audit 30, H1).
    /// </summary>
    /// <remarks>
    /// Merged with what an earlier attempt of the id filed: a re-run after a partial send reads its feeds afresh and may
    /// carry other stories, and the first attempt's readers keep theirs (review of session 30, R12).
    /// </remarks>
    private async Task IssuedAsync(string runId, CancellationToken ct)
    {
        if (await services.Blobs.ReadJsonAsync<Filter.SentRecord>(new RunPaths(runId).StoriesToRemember, ct) is not { } record) return;
        // An issue with no story is not filed as issued, with delivery off too: filed, it told the next run's Ingest that
        // this run's feed validators hold, and after a fix of a too strict config every feed answered 304 and the fixed run
        // read nothing (review of session 42's note: an empty issue was filed as issued where delivery is off).
        if (record.Stories.Count == 0)
        {
            Console.Error.WriteLine($"warning: Deliver: run {runId}'s issue holds no story; it is not filed as issued, so the next run reads its feeds afresh");
            return;
        }
        var key = Filter.SentMemory.Key(runId);
        if (await Filter.SentRecord.ReadAsync(services.Blobs, key, ct) is { } earlier)
            record = record with
            {
                SentAt = earlier.SentAt < record.SentAt ? earlier.SentAt : record.SentAt,
                Stories = [.. earlier.Stories.Where(s => !record.Stories.Any(n => n.ArticleId == s.ArticleId || (s.CanonicalUrl is not null && n.CanonicalUrl == s.CanonicalUrl))), .. record.Stories],
            };
        await services.Blobs.WriteJsonAsync(key, record, ct);
    }

    private async Task DeliverAsync(RunContext context, CancellationToken ct)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        var delivery = config.Delivery;
        if (!delivery.Enabled || context.NewsletterId is null)
        {
            // Files only: the issue is out once it is written.
            await IssuedAsync(context.RunId, ct);
            return;
        }

        var meta = await services.Blobs.ReadRequiredJsonAsync<NewsletterMeta>(paths.NewsletterMeta, ct);
        // An issue with no story is no issue to send: it went to every reader as a header and a footer (held-out review 72,
        // F5; held-out review 74, F8). Nothing is filed as issued either, so the next run reads its feeds afresh.
        if (meta.ArticleCount == 0)
        {
            Console.Error.WriteLine($"warning: Deliver: run {context.RunId}'s issue holds no story; not sent to its {delivery.Recipients.Count} recipient(s) (the newsletter's files say why)");
            return;
        }
        var html = System.Text.Encoding.UTF8.GetString(await services.Blobs.ReadAsync(meta.HtmlKey, ct) ?? []);
        var text = System.Text.Encoding.UTF8.GetString(await services.Blobs.ReadAsync(meta.TextKey, ct) ?? []);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var refusals = new List<string>();
        var retryable = 0;
        var unconfirmed = new List<string>();
        var damaged = new List<string>();
        string? refusedForAll = null;
        var (sentNow, messageRefused) = (0, 0);
        // One copy per mailbox: "bob@x", "<bob@x>" and "Bob <BOB@x>" are one reader listed three ways.
        var recipients = delivery.Recipients.DistinctBy(AddressOf, StringComparer.OrdinalIgnoreCase).ToList();
        IMailSession? smtp = null;
        var inFlight = false;
        // Whether a reader may have the issue: sent or drafted now or before, or a send that stopped midway.
        bool WentOut() => inFlight || counts.GetValueOrDefault(DeliveryStatus.Sent) + counts.GetValueOrDefault("done") + counts.GetValueOrDefault("drafted")
            + counts.GetValueOrDefault("unconfirmed") > 0;
        try
        {
            foreach (var recipient in recipients)
            {
                var id = Hashing.ShortHash(AddressOf(recipient).ToLowerInvariant());
                var recordKey = $"{paths.Prefix}delivery/{id}.json";
                var (existing, damage) = await ReadRecordAsync(recordKey, ct);
                if (damage is not null)
                {
                    // It may have said "sent": never risk a second copy on a record no run wrote.
                    Count(counts, "unconfirmed");
                    damaged.Add($"{recipient} ({services.Blobs.Describe(recordKey)}: {damage})");
                    continue;
                }
                if (existing is { Status: DeliveryStatus.Rejected })
                {
                    Count(counts, DeliveryStatus.Rejected);
                    continue;
                }
                // A draft counts as done while its file is there (a re-run of the id clears the drafts, so it drafts again).
                if (existing is { Status: DeliveryStatus.Sent }
                    || (existing is { Status: DeliveryStatus.Drafted, EmlKey: { } drafted } && delivery.Mode == DeliveryModes.Draft && await ExistsAsync(drafted, ct)))
                {
                    Count(counts, "done");
                    continue;
                }
                if (existing is { Status: DeliveryStatus.Sending })
                {
                    // The last attempt may have sent it before it failed: never risk a second copy.
                    Count(counts, "unconfirmed");
                    unconfirmed.Add(recipient);
                    continue;
                }
                var message = Compose(delivery, meta, html, text, recipient, context, id);
                if (delivery.Mode == DeliveryModes.Draft)
                {
                    var emlKey = $"{paths.Prefix}delivery/drafts/{id}.eml";
                    using var buffer = new MemoryStream();
                    await message.WriteToAsync(buffer, ct);
                    await services.Blobs.WriteAsync(emlKey, buffer.ToArray(), "message/rfc822", ct);
                    await services.Blobs.WriteJsonAsync(recordKey, Record(context, recipient, delivery, DeliveryStatus.Drafted, message, emlKey), ct);
                    Count(counts, "drafted");
                    continue;
                }
                smtp ??= await services.Mail.ConnectAsync(delivery.Smtp,
                    delivery.Smtp.Username is { Length: > 0 } ? await SmtpPasswordAsync(delivery.Smtp, ct) : null, ct);
                var attempts = (existing is { Status: DeliveryStatus.Deferred } ? existing.Attempts : 0) + 1;
                await services.Blobs.WriteJsonAsync(recordKey, Record(context, recipient, delivery, DeliveryStatus.Sending, message, null) with { Attempts = attempts }, ct);
                // One closed mailbox refuses its own copy; everyone after it still gets theirs.
                inFlight = true;
                var refusal = await smtp.SendAsync(message, ct);
                // Only a refused mailbox is the recipient's fault (rejected for good). A refused sender is the account's, a
                // refused message the issue's or the account's (SES's sandbox, a content filter): deferred, so a re-run sends it.
                var status = refusal is null ? DeliveryStatus.Sent
                    : refusal is { Permanent: true, SenderRefused: false, MessageRefused: false } ? DeliveryStatus.Rejected : DeliveryStatus.Deferred;
                var reply = refusal is null ? null : Ingest.HeaderText.SingleLine(refusal.Reply);
                await services.Blobs.WriteJsonAsync(recordKey, Record(context, recipient, delivery, status, message, null) with { Reply = reply, Attempts = attempts }, ct);
                Count(counts, status);
                inFlight = false;
                if (refusal is null)
                {
                    sentNow++;
                    continue;
                }
                if (refusal is { SenderRefused: true, Permanent: true })
                {
                    // Nobody else can be sent to: the summary and warnings are written, then the run stops.
                    refusedForAll = $"Deliver: the mail server refused the sender {delivery.From}: {reply}. Nothing more was sent; " +
                        "fix the sending account (a paused or unverified sender), then re-run the id: it sends to everyone who has not had the issue";
                    break;
                }
                if (refusal is { MessageRefused: true, Permanent: true } && ++messageRefused >= MessageRefusalsToStop && sentNow == 0)
                {
                    // One reader after another refused the very same issue and nobody took it: the message or the account is
                    // refused, not these mailboxes. Trying the whole list would refuse each in turn and mark nobody's fault.
                    refusedForAll = $"Deliver: the mail server refused the message itself for {messageRefused} readers and took it for none ({reply}). " +
                        "Nothing more was sent; fix the sending account (SES: a sandboxed account sends only to verified addresses) or what its filter refuses, " +
                        "then re-run the id: it sends to everyone who has not had the issue";
                    break;
                }
                if (!refusal.Permanent && attempts < MaxAttempts) retryable++;
                refusals.Add($"{recipient}: {reply}{(refusal.Permanent ? refusal.MessageRefused ? " (the message, not the mailbox: a re-run of the id tries again)" : "" : $" (attempt {attempts} of {MaxAttempts})")}");
                // "Try later" may come with the connection closed (421): the next recipient gets a fresh session.
                if (!refusal.Permanent)
                {
                    await smtp.DisposeAsync();
                    smtp = null;
                }
                // A throttled sender ("454 Throttling failure") would refuse everyone after: stop here, and the step's
                // deferral retry, later, sends this recipient and those not tried yet (none of them loses an attempt).
                if (refusal.SenderRefused && !refusal.Permanent && attempts < MaxAttempts) break;
            }
        }
        catch (Exception) when (WentOut())
        {
            // The step stops (a broken connection, a store that failed) after readers got the issue: its stories are
            // filed as sent first, or the next run mails them the same stories again (review of session 30, R2).
            await IssuedAsync(context.RunId, CancellationToken.None);
            throw;
        }
        finally
        {
            if (smtp is not null) await smtp.DisposeAsync();
        }
        await services.Blobs.WriteJsonAsync($"{paths.Prefix}delivery/summary.json", new DeliverySummary(delivery.Mode, recipients.Count,
            counts.GetValueOrDefault("drafted"), counts.GetValueOrDefault(DeliveryStatus.Sent), counts.GetValueOrDefault("done"), counts.GetValueOrDefault("unconfirmed"),
            counts.GetValueOrDefault(DeliveryStatus.Rejected), counts.GetValueOrDefault(DeliveryStatus.Deferred)), ct);
        foreach (var refused in refusals) Console.Error.WriteLine($"warning: Deliver: the mail server refused {refused}");
        if (damaged.Count > 0)
            Console.Error.WriteLine($"warning: Deliver: {damaged.Count} recipient(s) not sent, as their delivery record is damaged and may have said the issue was sent: " +
                $"{string.Join("; ", damaged.Take(10))}{(damaged.Count > 10 ? "; ..." : "")}; check the mail server's log, then delete the record and re-run the id to send it");
        if (unconfirmed.Count > 0)
            Console.Error.WriteLine($"warning: Deliver: {unconfirmed.Count} recipient(s) not sent again, as an earlier attempt stopped while sending to them and may have sent it: " +
                $"{string.Join(", ", unconfirmed.Take(10))}{(unconfirmed.Count > 10 ? ", ..." : "")}; check the mail server's log before sending by hand");
        // Readers who have the issue must not get its stories again: where any copy went out, they are filed as sent, before
        // the step stops if it does (a re-run of the id sends the rest). Where none did (every copy refused or deferred to
        // the last attempt), nothing is filed: the next run carries the stories (review of session 30, R1).
        if (WentOut()) await IssuedAsync(context.RunId, ct);
        else Console.Error.WriteLine($"warning: Deliver: no copy of run {context.RunId}'s issue went out; its stories are not remembered as sent, and the next run may carry them");
        if (refusedForAll is not null) throw new DeliveryRefusedException(refusedForAll);
        // Deferred copies were not sent: one more try of this step sends them (and only them), while attempts are left.
        if (retryable > 0)
            throw new DeliveryDeferredException($"Deliver: the mail server deferred {retryable} recipient(s) for now ({string.Join("; ", refusals.Take(3))}); a retry sends only those");
    }

    /// <summary>The mailbox of a recipient as configured ("Bob B." &lt;bob@example.org&gt;): bob@example.org.</summary>
    private static string AddressOf(string recipient) => MailboxAddress.TryParse(recipient, out var mailbox) ? mailbox.Address : recipient.Trim();

    private async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        await using var stream = await services.Blobs.OpenReadAsync(key, ct);
        return stream is not null;
    }

    private static readonly HashSet<string> KnownStatuses =
        [DeliveryStatus.Drafted, DeliveryStatus.Sending, DeliveryStatus.Sent, DeliveryStatus.Rejected, DeliveryStatus.Deferred];

    /// <summary>
    /// A recipient's delivery record, or what makes it no record a run wrote: not JSON, or a status no run writes
    /// (`{"status":null}` sent a second copy; bytes of garbage failed every re-run of the id: hostile-input audit 30, H5).
    /// </summary>
    private async Task<(DeliveryRecord? Record, string? Damage)> ReadRecordAsync(string key, CancellationToken ct)
    {
        const string NoStatus = "no status a run writes";
        var (record, damage, bytes) = await services.Blobs.ReadCheckedJsonAsync<DeliveryRecord>(key, Json.Options,
            r => r.Status is { } status && KnownStatuses.Contains(status) ? null : NoStatus, ct);
        // A file of JSON's null is no record either, and may have replaced one that said "sent".
        return (record, damage ?? (bytes is not null && record is null ? NoStatus : null));
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private DeliveryRecord Record(RunContext context, string recipient, DeliveryConfig delivery, string status, MimeMessage message, string? emlKey)
        => new(context.RunId, recipient, delivery.Mode, status, message.MessageId ?? "", services.Clock.GetUtcNow(), emlKey);

    /// <summary>One message: the same bytes for the same run and recipient (date and Message-Id derive from the run).</summary>
    public static MimeMessage Compose(DeliveryConfig delivery, NewsletterMeta meta, string html, string text, string recipient, RunContext context, string recipientId)
    {
        var message = new MimeMessage
        {
            Subject = meta.Subject,
            Date = context.StartedAt,
            MessageId = $"{context.RunId}.{recipientId}@newscurator",
        };
        message.From.Add(MailboxAddress.Parse(delivery.From));
        message.To.Add(MailboxAddress.Parse(recipient));
        var unsubscribe = delivery.ListUnsubscribe!.Replace("{email}", Uri.EscapeDataString(AddressOf(recipient)), StringComparison.Ordinal);
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        // RFC 8058 one-click, for an https unsubscribe endpoint.
        if (unsubscribe.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        // Quoted-printable text parts: every line within 76 octets and 7-bit, whatever a story's one-line summary holds.
        // Left at the default, a draft carried a 1,526-octet line of raw UTF-8 (RFC 5322 2.1.1: 998 at most) that a relay or
        // an ESP import rejects or re-wraps mid-tag; set here, the draft and the smtp copy are the same bytes (hostile-input
        // audit 44, H4).
        foreach (var part in message.BodyParts.OfType<TextPart>()) part.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        return message;
    }

    /// <summary>The SMTP password: an environment variable, or in AWS a Secrets Manager secret read through SSM. Never logged.</summary>
    private async Task<string?> SmtpPasswordAsync(SmtpConfig config, CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable(config.PasswordEnv) is { Length: > 0 } password) return password;
        return config.PasswordSecret is { Length: > 0 } secret ? await services.Secrets.ReadAsync(secret, ct) : null;
    }
}
