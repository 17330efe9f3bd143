using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Enforcement.Api.Infrastructure.Mail;

internal sealed class SmtpTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancel)
    {
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(options.Host!, options.Port, SecureSocketOptions.Auto, cancel);
        if (!string.IsNullOrEmpty(options.User))
            await client.AuthenticateAsync(options.User, options.Password ?? "", cancel);
        await client.SendAsync(message, cancel);
        await client.DisconnectAsync(true, cancel);
    }
}
