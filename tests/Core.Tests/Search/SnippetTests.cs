using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

public sealed class SnippetTests
{
    private static string Build(string text, params string[] terms)
    {
        using var analyzer = new ChineseAnalyzer();
        return Snippet.Build(text, terms.ToHashSet(), analyzer);
    }

    [Fact]
    public void Traditional_and_full_width_text_is_marked_where_it_stands() =>
        Assert.Equal("銷售<mark>ＡＢＣ</mark>牌<mark>過期</mark>食品", Build("銷售ＡＢＣ牌過期食品", "abc", "过期"));

    [Fact]
    public void Numbers_are_marked_as_whole_words_only() =>
        Assert.Equal("2012年第<mark>12</mark>号", Build("2012年第12号", "12"));

    [Fact]
    public void Text_whose_folding_changes_its_length_is_still_marked_at_the_right_place()
    {
        // 䂎 folds to a character outside the BMP (two UTF-16 units), so offsets no longer carry over.
        Assert.Equal("䂎字之后<mark>过期</mark>食品", Build("䂎字之后过期食品", "过期"));
    }

    // A decision's last sections, as the shipped decisions write them (the 罚款 of the decision once, the notices' three times).
    private const string Closing =
        "依据《中华人民共和国食品安全法》第一百二十二条第一款的规定，本局决定对当事人作出如下行政处罚：1. 没收违法所得人民币叁仟玖佰陆拾元整（¥3,960.00）；" +
        "2. 没收违法经营的盒饭约4千克；3. 罚款人民币陆仟元整（¥6,000.00）。 履行方式和期限 当事人应当自收到本决定书之日起十五日内，持《江西省非税收入一般缴款书》" +
        "到代收银行缴纳罚没款，或者通过“赣服通”在线缴纳。到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第(一)项的规定，" +
        "每日按罚款数额的百分之三加处罚款。没收的物品由本局依法处置。 救济途径 当事人如不服本决定，可以自收到本决定书之日起六十日内向宜春市人民政府申请行政复议，" +
        "也可以自收到本决定书之日起六个月内向宜春市袁州区人民法院提起行政诉讼。";

    [Fact]
    public void A_word_of_the_closing_notices_is_shown_where_the_decision_itself_says_it()
    {
        var snippet = Build(Closing, "罚款");
        Assert.Contains("3. <mark>罚款</mark>人民币陆仟元整", snippet);
        Assert.DoesNotContain("加处", snippet);
    }

    [Fact]
    public void A_word_only_the_notices_say_still_shows_them() =>
        Assert.Contains("申请<mark>行政复议</mark>", Build(Closing, "行政复议"));

    [Fact]
    public void Without_a_match_the_start_of_the_text_is_shown_escaped() =>
        Assert.Equal("a &lt; b &amp; c", Build("a < b & c", "过期"));
}
