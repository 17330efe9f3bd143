using Enforcement.Loading;
using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

/// <summary>content/search/synonyms.yml is read and checked in the build like every other content file.</summary>
public sealed class SynonymsFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("synonyms-").FullName;

    private IReadOnlyList<Enforcement.Validation.ContentError> Errors(string yaml)
    {
        Directory.CreateDirectory(Path.Combine(dir, "search"));
        File.WriteAllText(Path.Combine(dir, "search", "synonyms.yml"), yaml);
        return ContentLoader.Load(dir).Errors.Where(e => e.File == "search/synonyms.yml").ToList();
    }

    [Fact]
    public void The_shipped_table_loads_and_covers_every_violation_in_the_shipped_content()
    {
        var load = ContentLoader.Load(Path.Combine(RelevanceSet.RepositoryRoot(), "content"));
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));
        var words = load.Content!.SearchWords!;
        Assert.True(words.Synonyms.Count >= 20);
        var legal = words.Synonyms.SelectMany(g => g.Legal).Select(l => l.Split(SynonymGroup.Gap)[0]).ToList();
        foreach (var violation in load.Content.Decisions.Select(d => d.Violation).Distinct())
            Assert.True(legal.Any(l => violation.Contains(l, StringComparison.Ordinal)), $"no synonym group reaches “{violation}”");
        Assert.Contains(load.Content.Bodies, b => b.Aliases?.Contains("市监局") == true);
        Assert.Equal("/officers/", Assert.Single(ServiceLink.For(words.Services, "执法人员是真的吗")).Url);
        // The 三项制度 lists by their own names, and a shopper's 罚款标准: none is in a decision's text.
        foreach (var list in new[] { "权责清单", "裁量基准", "服务指南", "法制审核", "罚款标准是多少" })
            Assert.Equal("/bodies/", Assert.Single(ServiceLink.For(words.Services, list)).Url);
    }

    [Fact]
    public void A_phrase_in_two_groups_is_reported_with_file_key_and_line()
    {
        var errors = Errors("""
            synonyms:
              - words: [过期]
                legal: [超过保质期]
              - words: [過期, 逾期]
            """);
        var error = Assert.Single(errors);
        Assert.Equal("synonyms[1].words", error.Key);
        Assert.Equal(4, error.Line);
        Assert.Contains("只能属于一组", error.Message);
    }

    [Theory]
    [InlineData("synonyms:\n  - words: [过期]\n", "synonyms[0].words", "至少要有两个词语")]
    [InlineData("synonyms:\n  - words: [无证, …许可]\n", "synonyms[0].words", "省略号")]
    [InlineData("synonyms:\n  - legal: [超过保质期, 过期]\n", "synonyms[0].words", "缺少必填项")]
    [InlineData("filler: [的案子, 的案子]\nsynonyms: []\n", "filler", "重复出现")]
    [InlineData("places: 宜春\nsynonyms: []\n", "places", "应为列表")]
    [InlineData("modifiers: [大型, 進口, 进口]\nsynonyms: []\n", "modifiers", "重复出现")]
    [InlineData("modifiers: 大型\nsynonyms: []\n", "modifiers", "应为列表")]
    [InlineData("synonyms: []\nservices:\n  - {words: [查执法证], title: 核验, url: officers/}\n", "services[0].url", "应为本站页面的路径")]
    [InlineData("synonyms: []\nservices:\n  - {words: [查执法证], title: 核验, url: https://example.com/}\n", "services[0].url", "应为本站页面的路径")]
    [InlineData("synonyms: []\nservices:\n  - {words: [查], title: 核验, url: /officers/}\n", "services[0].words", "太短")]
    [InlineData("synonyms: []\nservices:\n  - {words: [更正], title: 更正, url: /corrections/}\n  - {words: [更 正], title: 进度, url: /corrections/status/}\n", "services[1].words", "只能指向一个页面")]
    [InlineData("synonyms: []\nservices:\n  - {words: [查执法证], url: /officers/}\n", "services[0].title", "缺少必填项")]
    public void Bad_entries_are_named(string yaml, string key, string message)
    {
        var errors = Errors(yaml);
        Assert.Contains(errors, e => e.Key == key && e.Message.Contains(message, StringComparison.Ordinal) && e.Line > 0);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
