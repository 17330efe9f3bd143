namespace Enforcement.Redaction;

/// <summary>
/// The shorter forms a home address is restated in: "江西省宜春市袁州区秀江路88号3栋501室" comes back later as
/// "袁州区秀江路88号" or "秀江路88号". Each form keeps a street (路, 街, 巷, 村 …) and its number, so that a
/// district or a street alone is never taken for the address.
/// </summary>
public static class AddressForms
{
    private const string Divisions = "省市区县镇乡";
    private const string Streets = "路街巷弄道村组";

    public static IEnumerable<string> Shorter(string address)
    {
        var a = TextFolding.Key(address);
        var number = a.IndexOf('号');
        if (number < 0) yield break;
        var street = a.LastIndexOfAny(Streets.ToCharArray(), number);
        if (street < 0) yield break;
        // Where the address may start: its beginning, or just after an administrative division before the street.
        var starts = new List<int> { 0 };
        for (var i = 0; i < street; i++) if (Divisions.Contains(a[i])) starts.Add(i + 1);
        foreach (var start in starts)
        {
            if (start > 0) yield return a[start..];
            if (number + 1 < a.Length) yield return a[start..(number + 1)];
        }
    }
}
