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

    [Fact]
    public void Without_a_match_the_start_of_the_text_is_shown_escaped() =>
        Assert.Equal("a &lt; b &amp; c", Build("a < b & c", "过期"));
}
