using Enforcement.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enforcement.Core.Tests.Search;

/// <summary>Strings made of what people actually type into a search box, syntax characters included.</summary>
public static class TypedInput
{
    private static readonly string[] Pieces =
    [
        "超市", "風險", "罚", "宜市监处罚", "〔2025〕", "12号", "ＡＢＣ", "１２３", "abc", " ", "\u3000", "\"", "“", "”", "「", "」",
        "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "^", "-", "+", "!", "&&", "||", "\\", "/", "<script>", "&", "'",
        "AND", "OR", "NOT", "title:", "\t", "\n", "\0", "😀", "\uD800", "𠮷", "٣", "é",
    ];

    public static Arbitrary<string> Strings() =>
        Arb.From(Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)));
}

public sealed class SearchRobustnessTests(RelevanceFixture fixture) : IClassFixture<RelevanceFixture>
{
    [Property(MaxTest = 300, Arbitrary = [typeof(TypedInput)])]
    public bool Any_input_is_either_refused_with_a_reason_or_answered(string q)
    {
        var (request, errors) = SearchRequest.Parse(q);
        if (request is null) return errors.Count > 0 && errors.Values.All(m => m.Contains("参数"));
        var results = fixture.Searcher.Search(request);
        return results.Total >= results.Hits.Count
            && results.Hits.All(h => !h.Snippet.Replace("<mark>", "").Replace("</mark>", "").Contains('<'));
    }

    [Property(MaxTest = 100)]
    public bool Any_random_string_is_either_refused_or_answered(string? q)
    {
        var (request, errors) = SearchRequest.Parse(q);
        if (request is null) return errors.Count > 0;
        var results = fixture.Searcher.Search(request);
        return results.Total >= results.Hits.Count && results.Hits.Count <= results.Size && results.Hits.All(h => h.Url.StartsWith('/'));
    }

    [Fact]
    public void Five_thousand_characters_are_refused_not_crashed()
    {
        var (request, errors) = SearchRequest.Parse(string.Concat(Enumerable.Repeat("\"风险 (超市):*", 400)));
        Assert.Null(request);
        Assert.Single(errors);
    }

    [Fact]
    public void The_longest_accepted_query_with_many_words_is_answered()
    {
        var q = string.Join(' ', Enumerable.Repeat("超市 过期食品", UserQuery.MaxParts / 2));
        var (request, _) = SearchRequest.Parse(q[..Math.Min(q.Length, UserQuery.MaxLength)]);
        Assert.NotNull(request);
        var results = fixture.Searcher.Search(request);
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Contains("<mark>", h.Snippet));
    }
}
