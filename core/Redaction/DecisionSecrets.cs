using Enforcement.Content;

namespace Enforcement.Redaction;

/// <summary>Something a decision's own data says must not be published: its matching form, kind and replacement.</summary>
public sealed record Secret(string Key, string Kind, string Replacement);

/// <summary>The secrets a decision carries in its front matter, beyond what the generic patterns find.</summary>
public static class DecisionSecrets
{
    /// <summary>
    /// A natural-person party's name (when the site masks names) and ID number; the representative, who is a
    /// natural person other than the party; every <c>redact:</c> string. Longest first, so that a longer
    /// secret wins where two overlap.
    /// </summary>
    public static IReadOnlyList<Secret> Of(Decision d, SiteSettings site)
    {
        var list = new List<Secret>();
        var party = d.Party;
        var natural = party.Kind == PartyKind.NaturalPerson;
        if (natural && site.MaskPartyNames && !PartyNames.IsMasked(party.Name))
            Add(list, party.Name, MaskKinds.PartyName, PartyNames.Masked(party.Name), minLength: 2);
        if (natural && !string.IsNullOrWhiteSpace(party.Code))
            Add(list, party.Code, MaskKinds.PartyCode, MaskKinds.Replacement(MaskKinds.PartyCode), minLength: 4);
        if (RepresentativeIsSecret(d))
            Add(list, party.Representative!, MaskKinds.OtherPersonName, PartyNames.Masked(party.Representative!), minLength: 2);
        foreach (var s in d.Redact)
            Add(list, s, MaskKinds.Listed, MaskKinds.Replacement(MaskKinds.Listed), minLength: 1);
        return list
            .GroupBy(s => s.Key, StringComparer.Ordinal).Select(g => g.First())
            .OrderByDescending(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// 法定代表人, 负责人 or 经营者 is a natural person other than the party, whose name the rules keep off the portal.
    /// Except where the party's own published name contains it (王小明副食店): it is public already.
    /// </summary>
    public static bool RepresentativeIsSecret(Decision d)
    {
        var rep = d.Party.Representative;
        if (string.IsNullOrWhiteSpace(rep) || PartyNames.IsMasked(rep)) return false;
        var key = TextFolding.Key(rep);
        if (key.Length < 2) return false;
        return d.Party.Kind == PartyKind.NaturalPerson || !TextFolding.Key(d.Party.Name).Contains(key, StringComparison.Ordinal);
    }

    private static void Add(List<Secret> list, string value, string kind, string replacement, int minLength)
    {
        var key = TextFolding.Key(value);
        if (key.Length >= minLength) list.Add(new Secret(key, kind, replacement));
    }
}
