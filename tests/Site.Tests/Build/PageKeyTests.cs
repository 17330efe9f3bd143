using Enforcement.Site.Build;
using Enforcement.Site.Pages.Info;

namespace Enforcement.Site.Tests.Build;

/// <summary>A page's key changes with anything its template can read, and only then.</summary>
public sealed class PageKeyTests
{
    private sealed record Penalty(string Kind, decimal? Amount);

    private sealed record Item(string Title, DateOnly Day, IReadOnlyList<Penalty> Penalties);

    private static PageJob Job(object? value, string url = "/a/") =>
        new(url, typeof(AboutPage), new Dictionary<string, object?> { ["Value"] = value });

    private static string? Key(object? value, string url = "/a/") => new PageKey().Of(Job(value, url));

    private static Item Sample() => new("某公司", new DateOnly(2026, 3, 1), [new Penalty("罚款", 2000m), new Penalty("警告", null)]);

    [Fact]
    public void Equal_values_give_the_same_key_whichever_objects_hold_them()
    {
        Assert.NotNull(Key(Sample()));
        Assert.Equal(Key(Sample()), Key(Sample()));
        var keys = new PageKey();
        Assert.Equal(keys.Of(Job(Sample())), keys.Of(Job(Sample())));
    }

    public static TheoryData<object?> Changed() =>
    [
        Sample() with { Title = "某公司。" },
        Sample() with { Day = new DateOnly(2026, 3, 2) },
        Sample() with { Penalties = [new Penalty("罚款", 2000.00m), new Penalty("警告", null)] },
        Sample() with { Penalties = [new Penalty("罚款", 2001m), new Penalty("警告", null)] },
        Sample() with { Penalties = [new Penalty("警告", null), new Penalty("罚款", 2000m)] },
        Sample() with { Penalties = [new Penalty("罚款", 2000m)] },
        null,
    ];

    [Theory]
    [MemberData(nameof(Changed))]
    public void Any_difference_a_template_could_show_gives_another_key(object? changed) =>
        Assert.NotEqual(Key(Sample()), Key(changed));

    private sealed class Internal
    {
        internal string Hidden { get; init; } = "";
    }

    [Fact]
    public void Tuples_items_and_internal_members_are_read_too()
    {
        // The year menu on list pages is a list of (year, count) value tuples, whose items are fields.
        Assert.NotEqual(Key(new List<(int, int)> { (2026, 12) }), Key(new List<(int, int)> { (2026, 13) }));
        Assert.NotEqual(Key(new Internal { Hidden = "甲" }), Key(new Internal { Hidden = "乙" }));
    }

    [Fact]
    public void The_url_and_the_component_are_part_of_the_key()
    {
        Assert.NotEqual(Key(Sample()), Key(Sample(), "/b/"));
        var other = new PageJob("/a/", typeof(RemediesPage), new Dictionary<string, object?> { ["Value"] = Sample() });
        Assert.NotEqual(Key(Sample()), new PageKey().Of(other));
    }

    [Fact]
    public void Groups_with_the_same_members_under_other_keys_differ()
    {
        var a = new[] { ("甲局", "张三"), ("乙局", "李四") }.ToLookup(p => p.Item1, p => p.Item2);
        var b = new[] { ("甲局", "李四"), ("乙局", "张三") }.ToLookup(p => p.Item1, p => p.Item2);
        Assert.NotEqual(Key(a), Key(b));
        var map1 = new Dictionary<string, string> { ["a"] = "一", ["b"] = "二" };
        var map2 = new Dictionary<string, string> { ["a"] = "二", ["b"] = "一" };
        Assert.NotEqual(Key(map1), Key(map2));
    }

    private sealed class Node
    {
        public Node? Next { get; set; }
    }

    [Fact]
    public void What_cannot_be_read_faithfully_has_no_key_and_is_rendered_every_time()
    {
        Assert.Null(Key(new Func<string>(() => "x")));
        var loop = new Node();
        loop.Next = loop;
        Assert.Null(Key(loop));
    }
}
