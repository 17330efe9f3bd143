using Enforcement.Site.Build;

namespace Enforcement.Site.Tests.Build;

public sealed class HeadingLevelsTests
{
    [Fact]
    public void The_top_written_level_goes_one_below_the_enclosing_heading() =>
        Assert.Equal([3, 4, 3], HeadingLevels.Under(2, [2, 3, 2]));

    [Fact]
    public void A_skip_in_the_markdown_closes_up() =>
        Assert.Equal([2, 3, 4, 4], HeadingLevels.Under(1, [1, 3, 6, 4]));

    [Fact]
    public void A_heading_written_higher_than_the_first_still_goes_right_under_the_page() =>
        Assert.Equal([3, 3, 4], HeadingLevels.Under(2, [3, 2, 3]));

    [Fact]
    public void Nothing_goes_past_h6() =>
        Assert.Equal([5, 6, 6], HeadingLevels.Under(4, [1, 2, 3]));
}
