using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Enforcement.Deploy.Tests;

/// <summary>
/// A private nginx for one test (Debian's /usr/sbin/nginx): its own prefix folder, config, logs and pid, on a
/// free loopback port, started in the foreground and stopped by its process id. Never the system's service.
/// </summary>
public sealed class NginxProcess : IDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process process;

    public string Folder { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <param name="http">What goes inside http { }; "{port}" is replaced by the port nginx listens on.</param>
    public NginxProcess(string http)
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} is missing: apt-get install nginx (.ci/run does)");
        Folder = Directory.CreateTempSubdirectory("nginx-test-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "temp"));
        // A port found free may be taken before nginx binds it (parallel tests open many loopback connections): then
        // another port, a few times.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            File.WriteAllText(Path.Combine(Folder, "nginx.conf"), $$"""
                {{(Environment.UserName == "root" ? "user root;" : "")}}
                worker_processes 1;
                error_log {{Folder}}/error.log info;
                events { worker_connections 256; }
                http {
                    include /etc/nginx/mime.types;
                    access_log {{Folder}}/access.log;
                    client_body_temp_path {{Folder}}/temp/body;
                    proxy_temp_path {{Folder}}/temp/proxy;
                    fastcgi_temp_path {{Folder}}/temp/fastcgi;
                    uwsgi_temp_path {{Folder}}/temp/uwsgi;
                    scgi_temp_path {{Folder}}/temp/scgi;
                {{http.Replace("{port}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}}
                }
                """);
            var start = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "-p", Folder, "-c", Path.Combine(Folder, "nginx.conf"), "-g", $"daemon off; pid {Folder}/nginx.pid;" })
                start.ArgumentList.Add(arg);
            process = Process.Start(start)!;
            try
            {
                WaitUntilListening();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && ErrorLog.Contains("Address already in use", StringComparison.Ordinal))
            {
                File.Delete(Path.Combine(Folder, "error.log"));
            }
        }
    }

    public string ErrorLog => File.Exists(Path.Combine(Folder, "error.log")) ? File.ReadAllText(Path.Combine(Folder, "error.log")) : "";

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited ({process.ExitCode}): {process.StandardError.ReadToEnd()}\n{ErrorLog}");
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { Thread.Sleep(50); }
        }
        throw new TimeoutException($"nginx did not listen on {Port}: {ErrorLog}");
    }

    /// <summary>A port nobody listens on now (the OS picks it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An HttpClient whose connections come from <paramref name="source"/> (any 127.x.y.z works on Linux).</summary>
    public static HttpClient ClientFrom(string source, Uri baseAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancel) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                await socket.ConnectAsync(context.DnsEndPoint.Host == "localhost" ? new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port)
                    : new IPEndPoint(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port), cancel);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    }) { BaseAddress = baseAddress };

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        finally
        {
            process.Dispose();
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
