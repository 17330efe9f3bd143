using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

/// <summary>What is indexed and what snippets are cut from: a decision's Markdown as plain words.</summary>
public sealed class PlainTextTests
{
    [Fact]
    public void A_table_is_its_cells_words_not_pipes_and_dashes()
    {
        var text = PlainText.FromMarkdown("扣押的食品如下：\n\n| 序号 | 品名 | 数量 |\n|:---|---|--:|\n| 1 | 过期牛奶 | 12 盒 |\n\n以上食品已予没收。");
        Assert.Equal("扣押的食品如下： 序号 品名 数量 1 过期牛奶 12 盒 以上食品已予没收。", text);
    }

    [Fact]
    public void A_pipe_in_running_text_stays() =>
        Assert.Equal("规格 500ml|瓶", PlainText.FromMarkdown("规格 500ml|瓶"));
}
