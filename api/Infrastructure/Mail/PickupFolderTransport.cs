using MimeKit;

namespace Enforcement.Api.Infrastructure.Mail;

/// <summary>Writes each message as an .eml file: local development and tests without an SMTP server.</summary>
internal sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancel)
    {
        Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var temp = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temp, cancel);
        File.Move(temp, Path.Combine(folder, name)); // whole files only: a reader never sees half a message
    }
}
