using Enforcement.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace Enforcement.Api.Search;

/// <summary>How relaxed results and 您是不是要找 are named, the same in the JSON and on the results page.</summary>
internal static partial class SearchWording
{
    public static string RelaxationName(Relaxation r) => r switch
    {
        Relaxation.Apart => "apart",
        Relaxation.WithoutFiller => "without-filler",
        Relaxation.AnyOrder => "any-order",
        Relaxation.SomeWords => "some-words",
        Relaxation.WithoutRanges => "without-ranges",
        Relaxation.OnlyUnderstood => "only-understood",
        Relaxation.NamesOnly => "names-only",
        _ => "none",
    };

    /// <summary>
    /// What to try when nothing was found: fewer filters only when some are set (the page said 或减少筛选条件 to people
    /// who had set none); otherwise the kinds of words that find decisions. search.js says the same.
    /// </summary>
    public static string NothingFoundHint(bool filtered, string query = "") =>
        filtered ? "请换个关键词，或减少筛选条件。"
        : Hint(filtered, query) ?? "请换个说法，如企业名称、违法行为（过期食品、无证经营）或文书号。";

    /// <summary>The JSON's hint: why this query cannot find what it names (a person's name, a 文书号), or null.</summary>
    public static string? Hint(bool filtered, string query) => PersonsNameHint(filtered, query) ?? NumberHint(filtered, query);

    /// <summary>
    /// For a 文书号 that found nothing (and named no withdrawn decision, whose box answers it): told to search 文书号 instead,
    /// the person holding the paper copy was told what they had done. The number may be mistyped, or its publicity ended.
    /// </summary>
    public static string? NumberHint(bool filtered, string query) => !filtered && DecisionNumberQuery.Looks(query)
        ? "请核对文书号。公示期满的处罚决定已停止公示，不能再查到。"
        : null;

    /// <summary>
    /// What was not found: 结果 said under an officer's, a service's or a withdrawn decision's box (李明 found the officer
    /// 李明) read as if the box were no result; it names the decisions and 双随机 results then. search.js says the same.
    /// </summary>
    public static string NothingFoundNoun(string noun, bool answeredAbove) =>
        answeredAbove && noun == "结果" ? "处罚决定或双随机抽查结果" : noun;

    /// <summary>
    /// For a query that found nothing and may be a person's name, with no filter set: 漆国平 is published as 漆某某, so
    /// changing the words will not find a person's own decision by the name. Null otherwise. The JSON's hint is this.
    /// </summary>
    public static string? PersonsNameHint(bool filtered, string query) => !filtered && PersonsNameQuery.Looks(query)
        ? "如果您输入的是个人的姓名：个人（自然人）的姓名公示时已作技术处理（显示为“王某某”），不能按姓名查找，请改用文书号、店名或违法行为查找。"
        : null;

    /// <summary>The label over relaxed results, so nobody takes them for exact matches.</summary>
    public static string RelaxedLabel(SearchResults results, string query)
    {
        var how = results.Relaxation switch
        {
            Relaxation.WithoutFiller => "去掉了部分词语后",
            // 大超市 as 超市: a word left out, not words read apart (at Apart only a one-character modifier is left out, and named).
            Relaxation.Apart when results.Dropped is { Count: > 0 } => "去掉了部分词语后",
            Relaxation.AnyOrder or Relaxation.Apart => "不要求词语连在一起后",
            Relaxation.SomeWords => "只要求包含大部分词语后",
            Relaxation.OnlyUnderstood => "只按能识别的词语",
            Relaxation.NamesOnly => "只按名称",
            _ => "放宽金额、日期条件后",
        };
        var dropped = results.Dropped is { Count: > 0 } d ? $"（未使用：{string.Join("、", d)}）" : "";
        return $"没有与{Quoted(query)}完全一致的结果。以下是{how}找到的结果{dropped}，可能与您要找的不完全相符。";
    }

    /// <summary>
    /// The query in quotes, as the pages name it; one typed in quotes already (“过期食品”, "过期食品", 「过期食品」)
    /// keeps its own, so the heading does not read ““过期食品””. search.js does the same.
    /// </summary>
    public static string Quoted(string query) =>
        query.Length >= 2 && "“\"「『'‘".Contains(query[0]) && "”\"」』'’".Contains(query[^1]) ? query : $"“{query}”";

    /// <summary>What the count names: 处罚决定 or 双随机抽查结果 when one kind is asked for, 结果 for both.</summary>
    public static string KindNoun(string? kind) => kind switch
    {
        SearchKinds.Decision => "处罚决定",
        SearchKinds.Inspection => "双随机抽查结果",
        _ => "结果",
    };

    /// <summary>
    /// What comes before the offered query: 您是不是要找, or, when it is the query without the quotes typed round it
    /// (“过期食品” → 过期食品), a lead that says so, since the two would read the same. search.js does the same.
    /// </summary>
    public static string DidYouMeanLead(string query, string suggestion) =>
        UserQuery.Parse(query).Unquoted == suggestion ? "没有完全一致的结果，去掉引号再搜：" : "您是不是要找 ";


    /// <summary>
    /// Said when the results run past the last page anyone can turn to (<see cref="SearchRequest.MaxPage"/>), so a
    /// count of 共 205 页 does not promise pages the pager never reaches. search.js says the same.
    /// </summary>
    public static string BeyondLastPage(int pages) =>
        pages > SearchRequest.MaxPage ? $"可翻看前 {SearchRequest.MaxPage} 页；要找的不在其中时，请加关键词或筛选条件缩小范围。" : "";

    /// <summary>Said before the count when a page past the last was asked for and the last is shown (search.js says the same).</summary>
    public static string PastLastPage(int asked) => asked > 0 ? $"没有第 {asked} 页，下面是最后一页。" : "";

    public static string SearchUrl(string q) => QueryHelpers.AddQueryString("/search/", "q", q);
}
