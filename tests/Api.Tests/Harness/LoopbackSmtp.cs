using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Enforcement.Api.Tests.Harness;

/// <summary>A real SMTP server on loopback: Debian's aiosmtpd writing a Maildir, started on a free port and killed after.</summary>
public sealed class LoopbackSmtp : IDisposable
{
    /// <summary>Debian's interpreter, which has aiosmtpd (the python3 first on PATH may not).</summary>
    public const string Python = "/usr/bin/python3";

    private readonly Process process;

    public int Port { get; }
    public string Maildir { get; }

    private LoopbackSmtp(Process process, int port, string maildir) => (this.process, Port, Maildir) = (process, port, maildir);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<LoopbackSmtp> StartAsync(int? port = null)
    {
        var chosen = port ?? FreePort();
        // aiosmtpd makes the Maildir (tmp/, new/, cur/) only when the folder does not exist yet.
        var maildir = Path.Combine(Directory.CreateTempSubdirectory("api-smtp-").FullName, "Maildir");
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{chosen}", "-c", "aiosmtpd.handlers.Mailbox", maildir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start aiosmtpd");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new LoopbackSmtp(process, chosen, maildir);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, chosen);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch
            {
                server.Dispose();
                throw;
            }
        }
    }

    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).ToList() : [];
    }

    /// <summary>Waits (up to <paramref name="timeout"/>) for <paramref name="count"/> messages to arrive.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > until) return messages;
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
        process.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(Maildir)!, recursive: true); } catch (IOException) { }
    }
}
