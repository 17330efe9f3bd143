namespace Enforcement.Api.Infrastructure.Preview;

/// <summary>The 410 lines of a Netlify _redirects file: "from  to  410", from possibly ending in *.</summary>
internal sealed class GoneRules(IReadOnlyList<(string From, bool Prefix, string To)> rules)
{
    public static GoneRules Read(string file)
    {
        if (!File.Exists(file)) return new GoneRules([]);
        var rules = new List<(string, bool, string)>();
        foreach (var line in File.ReadLines(file))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || parts[0].StartsWith('#') || parts[2].TrimEnd('!') != "410") continue;
            var from = parts[0];
            var prefix = from.EndsWith('*');
            rules.Add((prefix ? from[..^1] : from, prefix, parts[1]));
        }
        return new GoneRules(rules);
    }

    /// <summary>The page to answer with when <paramref name="path"/> is gone, else null.</summary>
    public string? Match(string path)
    {
        foreach (var (from, prefix, to) in rules)
            if (prefix ? path.StartsWith(from, StringComparison.Ordinal) : path == from || path == from.TrimEnd('/') || path + "/" == from)
                return to;
        return null;
    }
}

/// <summary>
/// The site's _redirects as the latest build wrote it: read again when the file changes, so a running preview
/// answers 410 for what came down in this morning's build without a restart (as it takes up a new out/data).
/// </summary>
internal sealed class GoneRulesFile(string file)
{
    private (DateTime Stamp, long Length, GoneRules Rules) current = (DateTime.MinValue, -1, new GoneRules([]));

    public GoneRules Rules
    {
        get
        {
            var info = new FileInfo(file);
            var (stamp, length) = info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1L);
            var seen = current;
            if (seen.Stamp == stamp && seen.Length == length) return seen.Rules;
            var fresh = (stamp, length, GoneRules.Read(file));
            current = fresh;
            return fresh.Item3;
        }
    }
}
