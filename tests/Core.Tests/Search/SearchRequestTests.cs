using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

public sealed class SearchRequestTests
{
    [Fact]
    public void Defaults_when_only_q_is_given()
    {
        var (request, errors) = SearchRequest.Parse("超市");
        Assert.Empty(errors);
        Assert.Equal(new SearchRequest("超市"), request);
    }

    [Theory]
    [InlineData("page", "0")]
    [InlineData("page", "abc")]
    [InlineData("page", "101")]
    [InlineData("size", "0")]
    [InlineData("size", "51")]
    [InlineData("size", "-1")]
    [InlineData("year", "25")]
    [InlineData("year", "二〇二五")]
    [InlineData("sort", "newest")]
    public void Bad_parameters_are_named_in_a_Chinese_message(string name, string value)
    {
        var (request, errors) = SearchRequest.Parse("超市",
            year: name == "year" ? value : null, sort: name == "sort" ? value : null,
            page: name == "page" ? value : null, size: name == "size" ? value : null);
        Assert.Null(request);
        Assert.Contains($"参数 {name}", errors[name]);
    }

    [Fact]
    public void A_very_long_query_is_refused_with_a_reason()
    {
        var (request, errors) = SearchRequest.Parse(new string('罚', 5000));
        Assert.Null(request);
        Assert.Contains("太长", errors["q"]);
    }

    [Fact]
    public void Filters_and_sort_are_read()
    {
        var (request, _) = SearchRequest.Parse(" 超市 ", body: "yc-amr", category: "食品安全", year: "2025", penalty: "罚款", sort: "date", page: "2", size: "20");
        Assert.Equal(new SearchRequest("超市", "yc-amr", "食品安全", 2025, "罚款", SearchSort.Date, 2, 20), request);
    }
}
