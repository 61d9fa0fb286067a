using MimeKit;
using NewsCurator.Configuration;

namespace NewsCurator.Delivery;

/// <summary>
/// The port Deliver sends through in smtp mode: one session per run, opened only when a message is
/// due. The adapter (functions/NewsCurator.Infrastructure/Mail/SmtpMailSender.cs) speaks SMTP; the
/// messages themselves are composed here (<see cref="DeliverStage.Compose"/>), the same bytes a draft gets.
/// </summary>
public interface IMailSender
{
    /// <summary>Connects with the config's security and logs in when it names a user (with <paramref name="password"/>).</summary>
    Task<IMailSession> ConnectAsync(SmtpConfig config, string? password, CancellationToken ct);
}

/// <summary>An open connection to the mail server; disposing it says goodbye (QUIT) and closes it.</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <summary>
    /// Sends one message: null when the server took it, the refusal when it answered the sender, the
    /// recipient or the message with an error code (nothing was sent). A broken connection throws: then nobody
    /// knows whether it was sent.
    /// </summary>
    Task<MailRefusal?> SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>The server's "no" to one message: permanent (5xx: a closed mailbox) or for now (4xx: try later).</summary>
/// <param name="SenderRefused">The server refused the sender (at MAIL FROM): a throttled or paused sending account, no fault of the recipient's.</param>
/// <param name="MessageRefused">
/// The server took sender and recipient, then refused the message at the end of DATA (SES's "554 Message rejected: Email
/// address is not verified", a content filter): the same issue goes to every reader, so this says little of the recipient's mailbox.
/// </param>
public sealed record MailRefusal(bool Permanent, string Reply, bool SenderRefused = false, bool MessageRefused = false);
