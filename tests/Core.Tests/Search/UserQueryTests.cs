using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

public sealed class UserQueryTests
{
    [Theory]
    [InlineData("超市  食品", new[] { "超市", "食品" })]
    [InlineData("超市\u3000食品", new[] { "超市", "食品" })]
    [InlineData("\"食品 安全\" 超市", new[] { "食品 安全", "超市" })]
    [InlineData("“食品 安全”超市", new[] { "食品 安全", "超市" })]
    [InlineData("「食品 安全」", new[] { "食品 安全" })]
    [InlineData("\"未闭合 的引号", new[] { "未闭合 的引号" })]
    [InlineData("title:超市 (食品)*", new[] { "title:超市", "(食品)*" })]
    [InlineData("   ", new string[0])]
    public void Splits_into_words_and_quoted_phrases(string typed, string[] parts) =>
        Assert.Equal(parts, UserQuery.Parse(typed).Parts);
}
