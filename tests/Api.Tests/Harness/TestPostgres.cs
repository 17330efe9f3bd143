using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Enforcement.Api.Tests.Harness;

/// <summary>
/// Which store the API tests run on: SQLite unless PORTAL_TEST_STORE=postgres (scripts/test.sh runs the API
/// suite once each way), so every test runs against both without being written twice.
/// </summary>
public static class TestStore
{
    public static bool Postgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("PORTAL_TEST_STORE"), "postgres", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A private PostgreSQL server from Debian's postgresql package (initdb, pg_ctl), on a free loopback port in a
/// temporary folder, started on first use and shared by every test of the run: each TestApi gets a database of
/// its own on it (<see cref="NewDatabase"/>). Stopped when the test process exits. initdb refuses to run as
/// root, so as root the server runs as the postgres user (runuser).
/// </summary>
public sealed class TestPostgres
{
    private static readonly Lazy<TestPostgres> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static TestPostgres Server => Shared.Value;

    private readonly string folder;
    private readonly string bin;
    private readonly bool asRoot;

    public int Port { get; }

    private TestPostgres(string folder, string bin, int port, bool asRoot) => (this.folder, this.bin, Port, this.asRoot) = (folder, bin, port, asRoot);

    /// <summary>The server's administrative connection string (user "portal", trusted on loopback).</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "portal", Database = database, MaxPoolSize = 30 }.ToString();

    /// <summary>A fresh, empty database; returns its connection string.</summary>
    public string NewDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    public static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;

    private static TestPostgres Start()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: scripts/install-test-deps.sh installs Debian's postgresql (or apt-get install postgresql).");
        var asRoot = Environment.UserName == "root" || Run("id", ["-u"]).Trim() == "0";
        var folder = Directory.CreateTempSubdirectory("api-test-pg-").FullName;
        var data = Path.Combine(folder, "data");
        if (asRoot) Run("chown", ["-R", "postgres:postgres", folder]);
        var port = FreePort();
        var server = new TestPostgres(folder, bin, port, asRoot);
        server.Pg("initdb", ["-D", data, "-U", "portal", "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"]);
        // fsync off: the tests kill the API, never this server; durability across an API kill is the commit's.
        server.Pg("pg_ctl", ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c full_page_writes=off", "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try { Pg("pg_ctl", ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]); } catch (InvalidOperationException) { }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private void Pg(string tool, string[] arguments) =>
        _ = asRoot ? Run("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments]) : Run(Path.Combine(bin, tool), arguments);

    private static string Run(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        return output.Result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
