using MimeKit;

namespace Enforcement.Api.Infrastructure.Mail;

/// <summary>Where a message finally goes: an SMTP server, or the pickup folder when none is configured.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancel);
}
