using System.Reflection;
using System.Runtime.CompilerServices;
using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The label table is read first match wins, in its order: a label after a shorter one it starts with (住客 after 住,
/// 电话给 after 电话) would never be read, and the names after it would be published without a test noticing.
/// </summary>
public class LabelTableTests
{
    private static readonly string[] Labels = [.. ((Array)typeof(LabelledValues).GetField("Labels", BindingFlags.NonPublic | BindingFlags.Static)!
        .GetValue(null)!).Cast<ITuple>().Select(t => (string)t[0]!)];

    [Fact]
    public void No_label_comes_after_a_shorter_one_it_starts_with_or_twice()
    {
        Assert.True(Labels.Length > 500);
        var hidden = Labels.Select((label, i) => (label, i))
            .Where(x => Labels.Take(x.i).Any(earlier => x.label.StartsWith(earlier, StringComparison.Ordinal)))
            .Select(x => x.label).ToList();
        Assert.Empty(hidden);
    }
}
