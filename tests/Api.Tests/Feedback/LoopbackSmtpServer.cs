using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Enforcement.Api.Tests.Feedback;

/// <summary>A real SMTP server on loopback: Debian's aiosmtpd writing a Maildir, started and stopped by the test.</summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    public const string Python = "/usr/bin/python3";

    private readonly Process process;

    public int Port { get; }
    public string Maildir { get; }

    public LoopbackSmtpServer(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
            start.ArgumentList.Add(arg);
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start aiosmtpd");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        WaitUntilListening();
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public List<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).ToList() : [];
    }

    /// <summary>Waits for <paramref name="count"/> messages to arrive.</summary>
    public async Task<List<MimeMessage>> WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > until) return messages;
            await Task.Delay(100);
        }
    }

    private void WaitUntilListening()
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException($"aiosmtpd exited with {process.ExitCode}");
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { Thread.Sleep(100); }
        }
        throw new TimeoutException($"aiosmtpd did not listen on {Port}");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process.Dispose();
    }
}
