using Enforcement.Core.Tests.Loading;

namespace Enforcement.Core.Tests.Validation;

/// <summary>A decision's file name is in its address, where redaction does not reach: no natural person's name in it.</summary>
public sealed class NamesInFileNamesTests : IDisposable
{
    private readonly ContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private void NaturalPersonIn(string file)
    {
        var text = File.ReadAllText(Path.Combine(_tree.Root, "decisions/2025/a.md"))
            .Replace("party: {kind: organization, name: 某公司, code: 91360902MA35L7XXXX}", "party: {kind: natural-person, name: 洪建军}");
        _tree.Delete("decisions/2025/a.md").Write(file, text);
    }

    [Theory]
    [InlineData("decisions/2025/hongjianjun-wuzhao.md", "hongjianjun")]
    [InlineData("decisions/2025/wuzhao-jianjun-hong.md", "jianjun-hong")]
    public void A_natural_persons_name_in_the_file_name_stops_the_build_naming_the_file(string file, string spelled)
    {
        NaturalPersonIn(file);
        var result = _tree.Load();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, "文件名"), (error.File, error.Key));
        Assert.Contains($"含有当事人的姓名（{spelled}）", error.Message);
    }

    [Theory]
    [InlineData("decisions/2025/amr-2025-031.md")]
    [InlineData("decisions/2025/hongqiao-wuzhao.md")]   // another word that starts the same
    public void A_numbered_file_name_passes(string file)
    {
        NaturalPersonIn(file);
        var result = _tree.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }
}
