using System.Buffers;
using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// 幸福路88号3栋602 邓国良 收, 寄 …602 邓国良（收）: the face of a parcel or a letter, quoted in a decision, gives the
    /// addressee's home and then the name with 收 after it. Both are the addressee's. Read only where the name stands
    /// alone between a space and 收 at the end of the line or clause, and a place's parts (号 after a digit, 栋, 室 …)
    /// come straight before it: 货款由张三收取 and a shop's sign are not addresses.
    /// </summary>
    private static void Addressees(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var i = s.IndexOf('收'); i >= 0; i = s.IndexOf('收', i + 1))
        {
            var nameEnd = i;
            var after = i + 1;
            if (nameEnd > 0 && s[nameEnd - 1] is '（' or '(')
            {
                if (after >= s.Length || s[after] is not ('）' or ')')) continue;
                nameEnd--;
                after++;
            }
            if (after < s.Length && !AddresseeEnds.Contains(s[after])) continue;
            while (nameEnd > 0 && s[nameEnd - 1] is ' ' or '\t') nameEnd--;
            var nameStart = nameEnd;
            while (nameStart > 0 && nameEnd - nameStart < 5 && NameOccurrences.IsIdeograph(s[nameStart - 1])) nameStart--;
            if (nameEnd - nameStart is < 2 or > 4 || nameStart == 0 || s[nameStart - 1] is not (' ' or '\t')) continue;
            var name = s[nameStart..nameEnd];
            if (!IsPersonsName(name, policy)) continue;
            var addressEnd = nameStart - 1;
            while (addressEnd > 0 && s[addressEnd - 1] is ' ' or '\t') addressEnd--;
            var addressStart = addressEnd;
            while (addressStart > 0 && addressEnd - addressStart < 60 && !AddressStarts.Contains(s[addressStart - 1])) addressStart--;
            while (addressStart < addressEnd && s[addressStart] is ' ' or '\t') addressStart++;
            // 寄 幸福路88号602: the word the sender wrote before the address is not part of it.
            if (s[addressStart] == '寄' && addressStart + 1 < addressEnd && s[addressStart + 1] is ' ' or '\t' or '往' or '至')
                for (addressStart += 2; addressStart < addressEnd && s[addressStart] is ' ' or '\t'; addressStart++) { }
            var address = s.AsSpan(addressStart, addressEnd - addressStart);
            if (address.Length < 3 || !NamesAPlace(address)) continue;
            found.Add(new(nameStart, nameEnd, MaskKinds.OtherPersonName, name));
            // Already masked when the gate reads the redacted output.
            if (!address.Contains('【')) found.Add(new(addressStart, addressEnd, MaskKinds.Address));
        }
    }

    /// <summary>
    /// 陈国庆：⏎你于2024年3月5日…, 陈国庆（个体工商户：…经营者）：⏎本局…: a notice or a letter opens with whom it is to, on a
    /// line of its own, and its first line speaks to that person.
    /// </summary>
    private static void LetterAddressees(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var m = LetterOpening().Match(s); m.Success; m = m.NextMatch()) AddIfPersonsName(m.Groups["name"], policy, found);
    }

    [GeneratedRegex("^[ \\t\\u3000]*(?<name>[\\u4E00-\\u9FFF]{2,4})(?:[（(][^）)\\n]{0,40}[）)])?[：:][ \\t]*\\r?\\n[ \\t\\u3000]*(?:你|您|本局|本机关|经查)", RegexOptions.Multiline)]
    private static partial Regex LetterOpening();

    private static readonly SearchValues<char> AddresseeEnds = SearchValues.Create("”\"」』）)，,。；;\n\r \t|");

    private static readonly SearchValues<char> AddressStarts = SearchValues.Create("“\"「『：:，,。；;\n\r|（(【】>");
}
