using System.Text;
using Enforcement.Redaction;
using Enforcement.Search;
using Microsoft.Data.Sqlite;

namespace Enforcement.Benchmarks.Search;

/// <summary>
/// The comparison engine: SQLite FTS5 with its trigram tokenizer over the same decisions. Words of three
/// or more characters go through MATCH (as phrases); shorter ones, which a trigram index cannot answer,
/// fall back to LIKE. Ended decisions are filtered by date as in the Lucene searcher.
/// </summary>
internal sealed class Fts5Index : IDisposable
{
    private readonly SqliteConnection connection;

    private Fts5Index(SqliteConnection connection) => this.connection = connection;

    public static Fts5Index Build(IEnumerable<PublicDecision> decisions, string path, IReadOnlyDictionary<string, string> bodyNames)
    {
        if (File.Exists(path)) File.Delete(path);
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
        Exec(connection, """
            CREATE VIRTUAL TABLE docs USING fts5(
                number, title, party, content, slug UNINDEXED, published UNINDEXED, public_until UNINDEXED,
                tokenize = 'trigram');
            """);
        using (var tx = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs VALUES ($number, $title, $party, $content, $slug, $published, $until)";
            var p = new[] { "$number", "$title", "$party", "$content", "$slug", "$published", "$until" }
                .Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            foreach (var d in decisions)
            {
                p[0].Value = d.Number;
                p[1].Value = d.Title;
                p[2].Value = d.PartyName;
                p[3].Value = bodyNames.GetValueOrDefault(d.BodySlug, d.BodySlug) + "\n" + SearchIndexBuilder.IndexedText(d);
                p[4].Value = d.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
                p[5].Value = d.Published.ToString("yyyy-MM-dd");
                p[6].Value = d.PublicUntil.ToString("yyyy-MM-dd");
                insert.ExecuteNonQuery();
            }
            tx.Commit();
        }
        Exec(connection, "INSERT INTO docs(docs) VALUES('optimize');");
        return new Fts5Index(connection);
    }

    public static Fts5Index Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return new Fts5Index(connection);
    }

    public static string SqliteVersion(Fts5Index index)
    {
        using var cmd = index.connection.CreateCommand();
        cmd.CommandText = "select sqlite_version()";
        return (string)cmd.ExecuteScalar()!;
    }

    /// <summary>The first <paramref name="limit"/> hits' slugs, best first, each with its snippet.</summary>
    public List<(string Slug, string Snippet)> Search(string q, DateOnly today, int limit = 10)
    {
        var parts = UserQuery.Parse(q).Parts;
        var match = new List<string>();
        var likes = new List<string>();
        using var cmd = connection.CreateCommand();
        foreach (var part in parts)
        {
            if (part.Length >= 3) match.Add("\"" + part.Replace("\"", "\"\"") + "\"");
            else
            {
                var name = "$like" + likes.Count;
                likes.Add($"(number LIKE {name} ESCAPE '\\' OR title LIKE {name} ESCAPE '\\' OR party LIKE {name} ESCAPE '\\' OR content LIKE {name} ESCAPE '\\')");
                cmd.Parameters.AddWithValue(name, "%" + part.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
            }
        }
        var where = new List<string> { "public_until > $today" };
        if (match.Count > 0)
        {
            where.Add("docs MATCH $match");
            cmd.Parameters.AddWithValue("$match", string.Join(" AND ", match));
        }
        where.AddRange(likes);
        cmd.Parameters.AddWithValue("$today", today.ToString("yyyy-MM-dd"));
        cmd.Parameters.AddWithValue("$limit", limit);
        var sql = new StringBuilder("SELECT slug, ");
        sql.Append(match.Count > 0 ? "snippet(docs, 3, '<mark>', '</mark>', '…', 24)" : "substr(content, 1, 60)");
        sql.Append(" FROM docs WHERE ").Append(string.Join(" AND ", where));
        sql.Append(match.Count > 0 ? " ORDER BY rank" : " ORDER BY published DESC").Append(" LIMIT $limit");
        cmd.CommandText = sql.ToString();
        var hits = new List<(string, string)>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) hits.Add((reader.GetString(0), reader.GetString(1)));
        return hits;
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
