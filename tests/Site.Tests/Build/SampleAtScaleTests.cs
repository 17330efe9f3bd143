extern alias SampleTool;

using System.Text.RegularExpressions;
using Enforcement.Site.Build;
using SampleTool::Enforcement.Sample;

namespace Enforcement.Site.Tests.Build;

/// <summary>The hard test of issue 3: the sample generator's 10,000 decisions, full of personal data, publish with none of it.</summary>
[Trait("Category", "Slow")]
public sealed partial class SampleAtScaleTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private readonly string root = Directory.CreateTempSubdirectory("sample-10k-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [GeneratedRegex(@"[\s\-‐－—()（）]")]
    private static partial Regex Separators();

    [Fact]
    public void Ten_thousand_generated_decisions_build_with_zero_leaks()
    {
        var content = Path.Combine(root, "content");
        var manifest = SampleGenerator.Write(content, 10_000, seed: 7, anchor: Day);
        Assert.True(manifest.AllSecrets.Count() > 10_000, "the generator planted too little to prove anything");

        var result = SiteBuilder.Run(new BuildOptions(content, Path.Combine(root, "out"), Day));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Leaks.Select(l => l.ToString()));
        Assert.True(result.Succeeded);
        Assert.True(result.Summary!.Masked.Sum(m => m.Count) > 10_000);

        // An independent look, not through the gate: no planted number survives on its own decision's page.
        var checkedPages = 0;
        foreach (var decision in manifest.Decisions.Take(2_000))
        {
            var parts = decision.SourcePath.Replace('\\', '/').Split('/');
            var page = Path.Combine(root, "out", "site", "decisions", parts[^2], Path.GetFileNameWithoutExtension(parts[^1]), "index.html");
            if (!File.Exists(page)) continue; // ended or not yet public
            checkedPages++;
            var text = Separators().Replace(File.ReadAllText(page), "");
            foreach (var secret in decision.Secrets.Where(s => s.Kind != SecretKind.PersonName && s.Canonical.Length >= 7))
                Assert.False(text.Contains(secret.Canonical, StringComparison.OrdinalIgnoreCase),
                    $"{decision.Number}: a planted {secret.Kind} survived");
        }
        Assert.True(checkedPages > 200, $"only {checkedPages} public pages checked");
    }
}
