using Enforcement.Registry;

namespace Enforcement.Api.Tests.Harness;

/// <summary>
/// What the real API process (<see cref="ApiProcess"/>) runs on in a crash test: a temporary folder with out/data
/// (a registry), the mail pickup folder and the database: the SQLite file, or in the suite's PostgreSQL pass a
/// fresh PostgreSQL database. Gone, database and all, when disposed; restarts reuse it as they are.
/// </summary>
internal sealed class ApiFolder : IDisposable
{
    public string Root { get; }
    public string Pickup => Path.Combine(Root, "mail");
    /// <summary>The settings to start the API with; tests add their own.</summary>
    public Dictionary<string, string> Settings { get; }

    private readonly string? postgres;

    public ApiFolder(string prefix, IReadOnlyList<RegistryOfficer>? officers = null)
    {
        Root = Directory.CreateTempSubdirectory(prefix).FullName;
        var data = Path.Combine(Root, "data");
        Directory.CreateDirectory(data);
        TestApi.WriteRegistry(data, officers);
        Settings = new()
        {
            ["Portal:Data"] = data,
            ["Portal:Database"] = SqliteFile,
            ["Portal:Mail:Pickup"] = Pickup,
            ["Portal:Mail:PollInterval"] = "00:00:00.2",
            ["Portal:RateLimits:SubmitPermits"] = "100000",
        };
        if (TestStore.Postgres) Settings["Portal:Postgres"] = postgres = TestPostgres.Server.NewDatabase();
    }

    /// <summary>The store under test was the one meant: on PostgreSQL no SQLite file is left behind.</summary>
    public bool UsedTheStoreMeant => (postgres is null) == File.Exists(SqliteFile);

    private string SqliteFile => Path.Combine(Root, "db", "portal.db");

    public void Dispose()
    {
        if (postgres is not null) TestPostgres.Server.DropDatabase(postgres);
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
