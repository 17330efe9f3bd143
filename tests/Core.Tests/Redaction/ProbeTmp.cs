using System.Text;
using Enforcement.Content;
using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

public class ProbeTmp
{
    [Fact]
    public void Run()
    {
        var path = Environment.GetEnvironmentVariable("PROBE_IN") ?? "/tmp/rt3-probe.txt";
        var outPath = Environment.GetEnvironmentVariable("PROBE_OUT") ?? "/tmp/rt3-out.txt";
        var raw = File.ReadAllText(path).Replace("\r\n", "\n");
        var cases = raw.Split("\n----\n");
        var sb = new StringBuilder();
        var n = 0;
        foreach (var c0 in cases)
        {
            var c = c0.Trim('\n');
            if (c.Length == 0) continue;
            n++;
            string? person = null, rep = null, rawPath = null;
            var lines = c.Split('\n').ToList();
            while (lines.Count > 0 && lines[0].StartsWith("@"))
            {
                var l = lines[0];
                if (l.StartsWith("@person")) person = l.Length > 8 ? l[8..].Trim() : "王小明";
                if (l.StartsWith("@rep")) rep = l[5..].Trim();
                if (l.StartsWith("@raw")) rawPath = l[5..].Trim();
                lines.RemoveAt(0);
            }
            var text = string.Join("\n", lines);
            Decision d = person is not null
                ? Samples.Person(person, text: text)
                : Samples.Organisation(text) with { Party = new Party(PartyKind.Organization, "宜春市嘉禾食品有限公司", "91360902MA35L7K839", rep) };
            string output;
            string gate;
            try
            {
                output = rawPath is not null ? text : Redactor.Redact(d, Samples.Site(), Samples.RedactionDay).Decision.Text;
                var leaks = LeakGate.Scan([new PublishedText(rawPath ?? $"site/decisions/{d.Year}/{d.Slug}/index.html", "<p>" + System.Net.WebUtility.HtmlEncode(output).Replace("\n", "<br>\n") + "</p>")], [d], Samples.Site());
                gate = leaks.Count == 0 ? "-" : string.Join(",", leaks.Select(l => l.Kind).Distinct());
            }
            catch (Exception e) { output = "EXCEPTION " + e; gate = "?"; }
            sb.Append($"### {n} [{(person is null ? "org" + (rep is null ? "" : " rep=" + rep) : "person=" + person)}] gate:{gate}\nIN : {text.Replace("\n", "⏎")}\nOUT: {output.Replace("\n", "⏎")}\n\n");
        }
        File.WriteAllText(outPath, sb.ToString());
    }
}
