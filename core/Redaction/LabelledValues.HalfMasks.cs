namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// The nineteenth red team's: a name staff half-masked, the surname and a given name's character left (死者熊某华, 员工刘某强称):
    /// it was taken as masked already and published, with a character of the given name. The contract shows a person's name as
    /// surname + 某某 (an officer's is public whole, but a half-mask of it is no public name either), so it is masked as 熊某某.
    /// Only where the character after 某 is one a given name has (not 王某称, 王某系, 王某家, 王某甲, 王某等, 王某镇) and what
    /// follows ends the name.
    /// </summary>
    private static void HalfMaskedNames(string s, List<LabelledValue> found)
    {
        for (var i = s.IndexOf('某', 1); i >= 0 && i + 1 < s.Length; i = s.IndexOf('某', i + 1))
        {
            var surname = i >= 2 && PartyNames.IsCompoundSurname(s.AsSpan(i - 2, 2)) ? 2 : Surnames.At(s, i - 1) == 1 ? 1 : 0;
            if (surname == 0 || s[i - 1] == '某' || (i - surname > 0 && s[i - surname - 1] == '某')) continue;
            var given = s[i + 1];
            if (!NameOccurrences.IsIdeograph(given) || NotAGivenAfterMask.Contains(given) || NotGiven.Contains(given) || AfterName.Contains(given)
                || StartsWithFollowWord(s, i + 1) || IsVerbWithItsParticle(s, i + 1)) continue;
            var end = i + 2;
            if (!(end == s.Length || !NameOccurrences.IsIdeograph(s[end]) || AfterName.Contains(s[end]) || "系是为等与和及的".Contains(s[end]) || StartsWithFollowWord(s, end))) continue;
            var start = i - surname;
            found.Add(new(start, end, MaskKinds.OtherPersonName, s[start..end]));
        }
    }

    // After 王某: what marks one person from another (甲乙, 一二), what a person has or is (家, 妻, 父 …), a place a name makes
    // (王某村, 王某路), a shop or a group (王某店, 王某们): not a given name's character.
    private const string NotAGivenAfterMask = "某甲乙丙丁戊己庚辛壬癸一二三四五六七八九十人们等处家店厂妻夫父母子女儿哥姐弟妹氏村镇乡县市区省路街巷弄组号楼栋室院所局部队公司厂牌款型年月日时分次";
}
