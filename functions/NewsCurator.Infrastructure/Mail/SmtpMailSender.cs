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
                await client.AuthenticateAsync(user, password ?? "", ct);
            return new Session(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client) : IMailSession
    {
        public async Task<MailRefusal?> SendAsync(MimeMessage message, CancellationToken ct)
        {
            try
            {
                await client.SendAsync(message, ct);
                return null;
            }
            catch (SmtpCommandException ex)
            {
                // The server answered a command with an error (at MAIL FROM, RCPT TO, DATA or after the message):
                // it did not take the message, and the session goes on. A "no" to the sender (SES's "454
                // Throttling failure", "550 sending paused") is the account's, not the recipient's.
                return new MailRefusal((int)ex.StatusCode >= 500, $"{(int)ex.StatusCode} {ex.Message}",
                    SenderRefused: ex.ErrorCode == SmtpErrorCode.SenderNotAccepted, MessageRefused: ex.ErrorCode == SmtpErrorCode.MessageNotAccepted);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
            client.Dispose();
        }
    }
}
