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
        public Task SendAsync(MimeMessage message, CancellationToken ct) => client.SendAsync(message, ct);

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
            client.Dispose();
        }
    }
}
