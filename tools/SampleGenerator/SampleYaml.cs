using System.Globalization;
using System.Text;
using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>Writes the content contract's files from the content model, the way staff would type them.</summary>
internal static class SampleYaml
{
    /// <summary>A YAML scalar: plain where that reads back as the same text, double-quoted otherwise.</summary>
    public static string Scalar(string value)
    {
        if (NeedsQuotes(value))
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
                sb.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\t' => "\\t",
                    _ => c.ToString(),
                });
            return sb.Append('"').ToString();
        }
        return value;
    }

    private static bool NeedsQuotes(string v)
    {
        if (v.Length == 0 || char.IsWhiteSpace(v[0]) || char.IsWhiteSpace(v[^1])) return true;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(v[0])) return true;
        if (v.Contains(": ", StringComparison.Ordinal) || v.Contains(" #", StringComparison.Ordinal) || v.EndsWith(':')) return true;
        if (v.Any(c => c is '\n' or '\r' or '\t' or ',' or '[' or ']' or '{' or '}')) return true;
        // Numbers, dates, booleans and nulls would be read back as something else by a YAML 1.1 reader.
        if (char.IsAsciiDigit(v[0]) || v[0] is '+' or '.') return true;
        return v.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "y" or "n";
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Scalar)) + "]";

    public static string Site(SiteSettings s) => $"""
        title: {Scalar(s.Title)}
        baseUrl: {s.BaseUrl}
        apiUrl: {s.ApiUrl}
        retention:
          default: {s.Retention.Default}
          naturalPerson: {s.Retention.NaturalPerson}
        maskPartyNames: {(s.MaskPartyNames ? "true" : "false")}
        supervision:
          name: {Scalar(s.Supervision.Name)}
          email: {Scalar(s.Supervision.Email)}
          phone: {Scalar(s.Supervision.Phone)}

        """;

    public static string Body(Body b)
    {
        var sb = new StringBuilder();
        sb.Append("name: ").Append(Scalar(b.Name)).Append('\n')
          .Append("kind: ").Append(Scalar(b.Kind)).Append('\n')
          .Append("creditCode: ").Append(Scalar(b.CreditCode)).Append('\n')
          .Append("address: ").Append(Scalar(b.Address)).Append('\n')
          .Append("phone: ").Append(Scalar(b.Phone)).Append('\n')
          .Append("officeHours: ").Append(Scalar(b.OfficeHours)).Append('\n')
          .Append("duties:\n");
        foreach (var duty in b.Duties) sb.Append("  - ").Append(Scalar(duty)).Append('\n');
        sb.Append("powers:\n");
        foreach (var p in b.Powers)
            sb.Append("  - name: ").Append(Scalar(p.Name)).Append('\n')
              .Append("    category: ").Append(Scalar(p.Category)).Append('\n')
              .Append("    basis: ").Append(Scalar(p.Basis)).Append('\n');
        if (b.RandomInspections.Count > 0)
        {
            sb.Append("randomInspections:\n");
            foreach (var r in b.RandomInspections)
                sb.Append("  - item: ").Append(Scalar(r.Item)).Append('\n')
                  .Append("    basis: ").Append(Scalar(r.Basis)).Append('\n')
                  .Append("    targets: ").Append(Scalar(r.Targets)).Append('\n')
                  .Append("    ratio: ").Append(Scalar(r.Ratio)).Append('\n')
                  .Append("    frequency: ").Append(Scalar(r.Frequency)).Append('\n')
                  .Append("    method: ").Append(Scalar(r.Method)).Append('\n');
        }
        sb.Append("remedies:\n")
          .Append("  reconsideration: ").Append(Scalar(b.Remedies.Reconsideration)).Append('\n')
          .Append("  litigation: ").Append(Scalar(b.Remedies.Litigation)).Append('\n')
          .Append("processes: ").Append(List(b.Processes)).Append('\n');
        if (b.Notify is { } notify) sb.Append("notify: ").Append(Scalar(notify)).Append('\n');
        return sb.ToString();
    }

    public static string Officers(IEnumerable<Officer> officers)
    {
        var sb = new StringBuilder();
        foreach (var o in officers)
        {
            sb.Append("- name: ").Append(Scalar(o.Name)).Append('\n')
              .Append("  certificate: \"").Append(o.Certificate).Append("\"\n")
              .Append("  unit: ").Append(Scalar(o.Unit)).Append('\n')
              .Append("  position: ").Append(Scalar(o.Position)).Append('\n')
              .Append("  categories: ").Append(List(o.Categories)).Append('\n')
              .Append("  region: ").Append(Scalar(o.Region)).Append('\n')
              .Append("  status: ").Append(o.Status switch
              {
                  OfficerStatus.Active => "active",
                  OfficerStatus.Suspended => "suspended",
                  _ => "revoked",
              }).Append('\n');
            if (o.ValidUntil is { } until) sb.Append("  validUntil: ").Append(Date(until)).Append('\n');
        }
        return sb.ToString();
    }

    public static string Process(ProcessChart p)
    {
        var sb = new StringBuilder();
        sb.Append("title: ").Append(Scalar(p.Title)).Append('\n')
          .Append("basis: ").Append(Scalar(p.Basis)).Append('\n')
          .Append("steps:\n");
        foreach (var s in p.Steps)
        {
            sb.Append("  - id: ").Append(s.Id).Append('\n')
              .Append("    label: ").Append(Scalar(s.Label)).Append('\n');
            if (s.Kind != StepKind.Step) sb.Append("    kind: ").Append(s.Kind.ToString().ToLowerInvariant()).Append('\n');
            if (s.TimeLimit is { } limit) sb.Append("    timeLimit: ").Append(Scalar(limit)).Append('\n');
            if (s.Basis is { } basis) sb.Append("    basis: ").Append(Scalar(basis)).Append('\n');
            if (s.Next.Count == 0) continue;
            sb.Append("    next:\n");
            foreach (var t in s.Next)
            {
                sb.Append("      - ");
                sb.Append(t.Label is null ? t.To : $"{{to: {t.To}, label: {Scalar(t.Label)}}}").Append('\n');
            }
        }
        return sb.ToString();
    }

    public static string Page(FreePage page) => $"---\ntitle: {Scalar(page.Title)}\n---\n{page.Markdown}";

    private static readonly Dictionary<PartyKind, string> PartyKinds = new()
    {
        [PartyKind.Organization] = "organization",
        [PartyKind.IndividualBusiness] = "individual-business",
        [PartyKind.NaturalPerson] = "natural-person",
    };

    private static readonly Dictionary<DecisionStatus, string> Statuses = new()
    {
        [DecisionStatus.InForce] = "in-force",
        [DecisionStatus.Revoked] = "revoked",
        [DecisionStatus.Amended] = "amended",
        [DecisionStatus.Void] = "void",
    };

    /// <summary>A whole decision file: front matter, then the Markdown text.</summary>
    public static string Decision(Decision d)
    {
        var sb = new StringBuilder(d.Text.Length + 1024);
        sb.Append("---\n")
          .Append("number: ").Append(Scalar(d.Number)).Append('\n')
          .Append("title: ").Append(Scalar(d.Title)).Append('\n')
          .Append("body: ").Append(d.BodySlug).Append('\n')
          .Append("party:\n")
          .Append("  kind: ").Append(PartyKinds[d.Party.Kind]).Append('\n')
          .Append("  name: ").Append(Scalar(d.Party.Name)).Append('\n');
        if (d.Party.Code is { } code) sb.Append("  code: ").Append(Scalar(code)).Append('\n');
        if (d.Party.Representative is { } rep) sb.Append("  representative: ").Append(Scalar(rep)).Append('\n');
        sb.Append("decided: ").Append(Date(d.Decided)).Append('\n')
          .Append("published: ").Append(Date(d.Published)).Append('\n')
          .Append("category: ").Append(Scalar(d.Category)).Append('\n')
          .Append("violation: ").Append(Scalar(d.Violation)).Append('\n')
          .Append("basis: ").Append(Scalar(d.Basis)).Append('\n')
          .Append("penalties:\n");
        foreach (var p in d.Penalties)
        {
            sb.Append("  - {kind: ").Append(Scalar(p.Kind));
            if (p.Amount is { } amount) sb.Append(", amount: ").Append(amount.ToString(CultureInfo.InvariantCulture));
            sb.Append("}\n");
        }
        sb.Append("status: ").Append(Statuses[d.Status]).Append('\n');
        if (d.Withdrawn is { } w)
            sb.Append("withdrawn:\n")
              .Append("  on: ").Append(Date(w.On)).Append('\n')
              .Append("  reason: ").Append(Scalar(w.Reason)).Append('\n');
        if (d.Expires is { } expires) sb.Append("expires: ").Append(Date(expires)).Append('\n');
        if (d.Redact.Count > 0)
        {
            sb.Append("redact:\n");
            foreach (var r in d.Redact) sb.Append("  - ").Append(Scalar(r)).Append('\n');
        }
        sb.Append("---\n").Append(d.Text);
        if (!d.Text.EndsWith('\n')) sb.Append('\n');
        return sb.ToString();
    }
}
