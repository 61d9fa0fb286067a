using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Infrastructure.Mail;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Delivery;

/// <summary>
/// A mail server's refusal that quotes the credentials it was sent never reaches the run's failure record (hostile-input
/// audit 29, H7: "535 5.7.8 bad password pw-..." was stored in failure.json and pipeline_runs.error_message).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class SmtpSecretTests
{
    private const string Password = "pw-SECRET-x29-SMTP";

    [Theory]
    [InlineData("PLAIN")]
    [InlineData("LOGIN")]
    public async Task ARefusalEchoingThePassword_ShouldNotCarryIt(string mechanism)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serving = EchoingServer(listener, mechanism);
        var config = new SmtpConfig { Host = "127.0.0.1", Port = port, Security = "none", Username = "mailer", TimeoutSeconds = 10 };

        var refused = await Assert.ThrowsAsync<MailKit.Security.AuthenticationException>(() => new SmtpMailSender().ConnectAsync(config, Password, default));

        Assert.DoesNotContain("SECRET", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)), refused.Message, StringComparison.Ordinal);
        Assert.Contains("bad password", refused.Message, StringComparison.Ordinal);
        await serving;
    }

    [Fact]
    public void Scrubbed_ShouldHideThePasswordInClearAndAsAuthSendsIt()
    {
        var plain = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0mailer\0{Password}"));
        var login = Convert.ToBase64String(Encoding.UTF8.GetBytes(Password));
        var shown = SmtpMailSender.Scrubbed($"535 bad: {Password} / {plain} / {login}", "mailer", Password);
        Assert.Equal("535 bad: *** / *** / ***", shown);
        Assert.Equal("550 5.1.1 no such user", SmtpMailSender.Scrubbed("550 5.1.1 no such user", "mailer", Password));
    }

    [Fact]
    public void OtherRefusals_ShouldBeScrubbedAndKeepTheirType()
    {
        // Review of session 29, R12: a reply to EHLO or MAIL FROM, or a protocol error, may quote the AUTH line too.
        var command = SmtpMailSender.Rescrubbed(new MailKit.Net.Smtp.SmtpCommandException(MailKit.Net.Smtp.SmtpErrorCode.SenderNotAccepted,
            MailKit.Net.Smtp.SmtpStatusCode.MailboxUnavailable, $"550 no: {Password}"), "mailer", Password);
        Assert.IsType<MailKit.Net.Smtp.SmtpCommandException>(command);
        Assert.Equal(MailKit.Net.Smtp.SmtpErrorCode.SenderNotAccepted, ((MailKit.Net.Smtp.SmtpCommandException)command!).ErrorCode);
        Assert.DoesNotContain("SECRET", command.Message, StringComparison.Ordinal);
        var protocol = SmtpMailSender.Rescrubbed(new MailKit.Net.Smtp.SmtpProtocolException($"bad line {Password}"), "mailer", Password);
        Assert.DoesNotContain("SECRET", protocol!.Message, StringComparison.Ordinal);
        Assert.Null(SmtpMailSender.Rescrubbed(new TimeoutException("slow"), "mailer", Password));
    }

    /// <summary>Greets, offers AUTH, and refuses the credentials by quoting them decoded, as the audit's server did.</summary>
    private static async Task EchoingServer(TcpListener listener, string mechanism)
    {
        using var socket = await listener.AcceptTcpClientAsync();
        using var stream = socket.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ESMTP");
        var credentials = "";
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase)) { await writer.WriteLineAsync($"250-localhost\r\n250 AUTH {mechanism}"); continue; }
            if (line.StartsWith("QUIT", StringComparison.OrdinalIgnoreCase)) { await writer.WriteLineAsync("221 bye"); break; }
            if (line.StartsWith("AUTH PLAIN", StringComparison.OrdinalIgnoreCase))
            {
                var payload = line.Length > "AUTH PLAIN ".Length ? line["AUTH PLAIN ".Length..] : await Challenge(writer, reader, "");
                credentials = Encoding.UTF8.GetString(Convert.FromBase64String(payload)).Replace('\0', ' ');
                await writer.WriteLineAsync($"535 5.7.8 bad password {credentials} ({payload})");
                continue;
            }
            if (line.StartsWith("AUTH LOGIN", StringComparison.OrdinalIgnoreCase))
            {
                var user = line.Length > "AUTH LOGIN ".Length ? line["AUTH LOGIN ".Length..] : await Challenge(writer, reader, "VXNlcm5hbWU6");
                var password = await Challenge(writer, reader, "UGFzc3dvcmQ6");
                await writer.WriteLineAsync($"535 5.7.8 bad password {Encoding.UTF8.GetString(Convert.FromBase64String(password))} ({password}) for {user}");
                continue;
            }
            await writer.WriteLineAsync("502 not here");
        }
    }

    private static async Task<string> Challenge(StreamWriter writer, StreamReader reader, string prompt)
    {
        await writer.WriteLineAsync($"334 {prompt}");
        return await reader.ReadLineAsync() ?? "";
    }
}
