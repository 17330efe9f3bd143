namespace Enforcement.Sample.Tests;

public sealed class SampleDeterminismTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sample-determinism-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private Dictionary<string, string> Generate(string name, int seed, int decisions = 60)
    {
        var dir = Path.Combine(root, name);
        SampleGenerator.Write(dir, decisions, seed, new DateOnly(2026, 11, 23));
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllText);
    }

    [Fact]
    public void The_same_seed_and_anchor_write_the_same_files()
    {
        var first = Generate("a", 42);
        var second = Generate("b", 42);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (path, text) in first) Assert.Equal(text, second[path]);
    }

    [Fact]
    public void Another_seed_writes_other_decisions()
    {
        var first = Generate("a", 1);
        var second = Generate("b", 2);
        var decisions = first.Keys.Where(k => k.StartsWith("decisions", StringComparison.Ordinal)).ToList();
        Assert.Contains(decisions, k => !second.TryGetValue(k, out var other) || other != first[k]);
    }

    [Fact]
    public void A_bigger_tree_keeps_the_decisions_of_a_smaller_one_with_the_same_seed()
    {
        // Each decision has its own random stream, so decision i does not depend on how many come after it.
        var small = SampleGenerator.Plan(50, 9, new DateOnly(2026, 11, 23));
        var big = SampleGenerator.Plan(80, 9, new DateOnly(2026, 11, 23));
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(small[i].Decided, big[i].Decided);
            Assert.Equal(small[i].Case.Key, big[i].Case.Key);
            Assert.Equal(small[i].Kind, big[i].Kind);
        }
    }

    [Fact]
    public void It_refuses_to_write_into_a_folder_that_is_not_empty_and_replaces_only_a_generated_tree()
    {
        var dir = Path.Combine(root, "busy");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "staff notes");
        Assert.Throws<IOException>(() => SampleGenerator.Write(dir, 5, 1, new DateOnly(2026, 11, 23)));

        // Not a generated tree (no marker): even --force must not wipe what staff wrote.
        Assert.Throws<IOException>(() => SampleGenerator.Write(dir, 5, 1, new DateOnly(2026, 11, 23), replace: true));
        Assert.False(Directory.Exists(Path.Combine(dir, "decisions")));

        var generated = Path.Combine(root, "generated");
        SampleGenerator.Write(generated, 30, 1, new DateOnly(2026, 11, 23));
        File.WriteAllText(Path.Combine(generated, "notes.txt"), "kept");
        SampleGenerator.Write(generated, 5, 1, new DateOnly(2026, 11, 23), replace: true);
        Assert.Equal(5, Directory.EnumerateFiles(Path.Combine(generated, "decisions"), "*.md", SearchOption.AllDirectories).Count());
        Assert.True(File.Exists(Path.Combine(generated, "notes.txt")));
    }
}
