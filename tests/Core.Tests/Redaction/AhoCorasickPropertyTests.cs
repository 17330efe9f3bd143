using Enforcement.Redaction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The leak gate's one-pass matcher finds exactly what plain substring search finds, pattern by pattern.
/// A small alphabet makes patterns overlap, nest and share prefixes and suffixes (the failure links);
/// a wide one gives nodes with many children (the binary search) and characters far apart (the root table).
/// </summary>
public sealed class AhoCorasickPropertyTests
{
    private static readonly char[] Small = ['a', 'b', '王', '1'];

    private static readonly char[] Wide =
        [.. "abcdefghijklmnopqrst0123456789", '王', '某', '·', '\u3000', '\uD842', '\uDFB7', '\uFFFF'];

    private static Gen<string> Text(char[] alphabet, int maxLength) =>
        from length in Gen.Choose(0, maxLength)
        from chars in Gen.Elements(alphabet).ArrayOf(length)
        select new string(chars);

    private static Gen<string[]> Patterns(char[] alphabet) =>
        from count in Gen.Choose(0, 12)
        from patterns in Text(alphabet, 5).Where(p => p.Length > 0).ArrayOf(count)
        select patterns.Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Some texts carry a pattern for certain, so that matching is tested, not only missing.</summary>
    private static Gen<(string[] Patterns, string Text)> Case(char[] alphabet) =>
        from patterns in Patterns(alphabet)
        from before in Text(alphabet, 30)
        from after in Text(alphabet, 30)
        from planted in patterns.Length > 0 ? Gen.Elements(patterns) : Gen.Constant("")
        from plant in Gen.Elements(true, false)
        select (patterns, before + (plant ? planted : "") + after);

    private static bool SameAsSubstringSearch((string[] Patterns, string Text) x)
    {
        var found = new HashSet<int>();
        new AhoCorasick(x.Patterns).Collect(x.Text, found);
        var expected = Enumerable.Range(0, x.Patterns.Length).Where(i => x.Text.Contains(x.Patterns[i], StringComparison.Ordinal));
        return found.SetEquals(expected);
    }

    [Property(MaxTest = 1000)]
    public Property Overlapping_patterns_from_a_small_alphabet() =>
        Prop.ForAll(Case(Small).ToArbitrary(), SameAsSubstringSearch);

    [Property(MaxTest = 500)]
    public Property Patterns_from_a_wide_alphabet() =>
        Prop.ForAll(Case(Wide).ToArbitrary(), SameAsSubstringSearch);

    [Fact]
    public void A_pattern_inside_another_is_found_with_it()
    {
        var found = new HashSet<int>();
        new AhoCorasick(["王小明", "小明", "明天"]).Collect("当事人王小明明天到场", found);
        Assert.Equal([0, 1, 2], found.Order());
    }

    [Fact]
    public void Empty_and_duplicate_patterns_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new AhoCorasick(["王", ""]));
        Assert.Throws<ArgumentException>(() => new AhoCorasick(["王", "王"]));
    }
}
