using Enforcement.Search;
using Enforcement.Site.Build;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Enforcement.Site.Tests.Build;

/// <summary>
/// The search index and what is read out of it (hits, snippets, suggestions, did-you-mean) hold no personal
/// data, whatever shape it was written in: a separate look from the leak gate's, through Lucene itself.
/// </summary>
public sealed class SearchIndexPrivacyTests : IDisposable
{
    private readonly string root = Scratch.NewFolder();

    public void Dispose() => Scratch.Delete(root);

    private const string Number = "测市监处罚〔2025〕40号";

    // Planted in the decision below, each in a shape real decisions write it.
    private static readonly string[] Secrets =
    [
        "陈建国", "陳建國", "CHENJIANGUO", "林晓明", "林曉明", "周德胜", "刘子豪", "罗冬梅",
        "360902197803154413", "13907958812", "lihua_1988", "秀江东路", "1978年3月15日",
    ];

    private string Build()
    {
        var content = Scratch.CopyOfFixture(root);
        File.WriteAllText(Path.Combine(content, "decisions", "2025", "person-40.md"), $$"""
            ---
            number: {{Number}}
            title: 陈建国销售过期白酒案
            body: test-amr
            party:
              kind: natural-person
              name: 陈建国
              code: "360902197803154413"
            decided: 2025-08-20
            published: 2025-09-01
            category: 食品安全
            violation: 销售超过保质期的食品
            basis: 《中华人民共和国食品安全法》第一百二十四条
            penalties:
              - {kind: 罚款, amount: 3000}
            status: in-force
            ---
            當事人：陳建國，男，1978年3月15日出生，公民身份號碼：360902197803154413，聯繫電話：13907958812，
            住址：测试市秀江东路 19 号，微信号：lihua_1988，签名：Chen Jianguo。

            委託代理人：林曉明。当事人之子刘子豪（13岁）在店内照看，其妻罗冬梅经营隔壁摊位。

            | 姓名 | 身份 |
            | --- | --- |
            | 周德胜 | 证人 |

            经查，当事人销售的散装白酒已超过保质期。周德胜称其当日购买。
            """);
        var result = SiteBuilder.Run(new BuildOptions(content, Path.Combine(root, "out"), TestSite.Today));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.ToString()).Concat(result.Leaks.Select(l => l.ToString()))));
        return Path.Combine(root, "out", "data", SearchIndexBuilder.FolderName);
    }

    [Fact]
    public void No_stored_field_and_no_indexed_term_holds_the_planted_data()
    {
        var indexDir = Build();
        using var directory = FSDirectory.Open(indexDir);
        using var reader = DirectoryReader.Open(directory);
        var found = false;
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            var doc = reader.Document(i);
            foreach (var field in doc.Fields)
            {
                var value = field.GetStringValue() ?? "";
                if (value.Contains(Number, StringComparison.Ordinal)) found = true;
                foreach (var secret in Secrets)
                    Assert.False(value.Contains(secret, StringComparison.OrdinalIgnoreCase), $"stored field {field.Name} holds {secret}");
            }
        }
        Assert.True(found, "the planted decision is not in the index, so this test proves nothing");

        var fields = MultiFields.GetFields(reader);
        foreach (var name in fields)
        {
            var terms = fields.GetTerms(name).GetEnumerator();
            while (terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                foreach (var secret in new[] { "360902197803154413", "13907958812", "lihua", "chenjianguo", "jianguo" })
                    Assert.False(term.Contains(secret, StringComparison.OrdinalIgnoreCase), $"field {name} indexes the term {term}");
            }
        }
    }

    [Fact]
    public void Searching_for_the_planted_data_finds_nothing_and_snippets_show_none_of_it()
    {
        using var searcher = DecisionSearcher.Open(Build(), new FixedDay(TestSite.Today));
        var visible = searcher.Search(new SearchRequest("过期白酒"));
        var hit = Assert.Single(visible.Hits, h => h.Number == Number);
        Assert.Equal("陈某某", hit.PartyName);

        foreach (var secret in Secrets)
        {
            var results = searcher.Search(new SearchRequest(secret));
            Assert.DoesNotContain(results.Hits, h => h.Number == Number && !results.Relaxed);
            foreach (var h in results.Hits.Append(hit))
                Assert.DoesNotContain(secret, h.Title + h.PartyName + h.Snippet, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(searcher.Suggest(secret[..2]), s => s.Text.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(results.DidYouMean is null || !results.DidYouMean.Contains(secret, StringComparison.Ordinal));
        }
    }

    private sealed class FixedDay(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
    }
}
