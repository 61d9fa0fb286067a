using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NewsCurator.Configuration;
using NewsCurator.Delivery;

namespace NewsCurator.Infrastructure.Mail;

/// <summary>SMTP through MailKit (in AWS: SES's SMTP interface): the mail port's production adapter.</summary>
public sealed class SmtpMailSender : IMailSender
{
    public async Task<IMailSession> ConnectAsync(SmtpConfig config, string? password, CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = config.TimeoutSeconds * 1000 };
        try
        {
            var security = config.Security switch
            {
                "ssl" => SecureSocketOptions.SslOnConnect,
                "none" => SecureSocketOptions.None,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(config.Host, config.Port, security, ct);
            if (config.Username is { Length: > 0 } user)
            {
                try
                {
                    await client.AuthenticateAsync(user, password ?? "", ct);
                }
                catch (AuthenticationException ex)
                {
                    // A server's refusal may quote the credentials it was sent ("535 5.7.8 bad password pw-..."): the message
                    // goes to the run's failure record, the database and the alarm (hostile-input audit 29, H7).
                    throw new AuthenticationException(Scrubbed(ex.Message, user, password));
                }
            }
            return new Session(client, user: config.Username, password);
        }
        catch (Exception ex) when (Rescrubbed(ex, config.Username, password) is { } scrubbed)
        {
            client.Dispose();
            throw scrubbed;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// MailKit's other exceptions that carry the server's words (a reply to EHLO or MAIL FROM, a protocol error), as the
    /// same type with the password scrubbed (review of session 29, R12); null for any other exception, rethrown as it is.
    /// </summary>
    internal static Exception? Rescrubbed(Exception ex, string? user, string? password) => ex switch
    {
        SmtpCommandException command => new SmtpCommandException(command.ErrorCode, command.StatusCode, Scrubbed(command.Message, user, password)),
        SmtpProtocolException protocol => new SmtpProtocolException(Scrubbed(protocol.Message, user, password)),
        MailKit.ServiceNotAuthenticatedException refused => new MailKit.ServiceNotAuthenticatedException(Scrubbed(refused.Message, user, password)),
        _ => null,
    };

    /// <summary>A server's words without the password, in clear or as AUTH PLAIN and AUTH LOGIN send it (base64), nor other secrets.</summary>
    internal static string Scrubbed(string reply, string? user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return SecretText.Redact(reply, null);
        foreach (var sent in new[] { $"\0{user}\0{password}", password })
            reply = reply.Replace(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(sent)), "***", StringComparison.Ordinal);
        return SecretText.Redact(reply, password);
    }

    private sealed class Session(SmtpClient client, string? user, string? password) : IMailSession
    {
        public async Task<MailRefusal?> SendAsync(MimeMessage message, CancellationToken ct)
        {
            try
            {
                await client.SendAsync(message, ct);
                return null;
            }
            catch (Exception ex) when (ex is SmtpProtocolException or MailKit.ServiceNotAuthenticatedException && Rescrubbed(ex, user, password) is { } scrubbed)
            {
                throw scrubbed;
            }
            catch (SmtpCommandException ex)
            {
                // The server answered a command with an error (at MAIL FROM, RCPT TO, DATA or after the message):
                // it did not take the message, and the session goes on. A "no" to the sender (SES's "454
                // Throttling failure", "550 sending paused") is the account's, not the recipient's.
                return new MailRefusal((int)ex.StatusCode >= 500, $"{(int)ex.StatusCode} {Scrubbed(ex.Message, user, password)}",
                    SenderRefused: ex.ErrorCode == SmtpErrorCode.SenderNotAccepted,
                    MessageRefused: ex.ErrorCode == SmtpErrorCode.MessageNotAccepted && !AboutTheMailbox((int)ex.StatusCode, ex.Message));
            }
        }

        /// <summary>
        /// A refusal at the end of DATA that speaks of this recipient's address or mailbox (enhanced codes x.1.x and x.2.x,
        /// RFC 3463: "5.2.2 mailbox full", "5.1.1 no such user"; without one, 550-553), as a server that delivers
        /// itself may give: the recipient's, not the message's, which every reader gets the same.
        /// </summary>
        private static bool AboutTheMailbox(int status, string reply)
            => System.Text.RegularExpressions.Regex.Match(reply, @"^\s*[245]\.(\d{1,3})\.\d{1,3}\b") is { Success: true } enhanced
                ? enhanced.Groups[1].Value is "1" or "2"
                : status is 550 or 551 or 552 or 553;

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
            client.Dispose();
        }
    }
}
