using MimeKit;

namespace Enforcement.Api.Infrastructure.Mail;

/// <summary>Writes each message as an .eml file: local development and tests without an SMTP server.</summary>
internal sealed class PickupFolderTransport(string folder) : IMailTransport
{
    /// <summary>Messages sent within one millisecond still sort in the order they were sent (the GUID alone would not).</summary>
    private static long sent;

    public async Task SendAsync(MimeMessage message, CancellationToken cancel)
    {
        Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Interlocked.Increment(ref sent):D8}-{Guid.NewGuid():N}.eml";
        var temp = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temp, cancel);
        File.Move(temp, Path.Combine(folder, name)); // whole files only: a reader never sees half a message
    }
}
