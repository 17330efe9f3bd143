using Enforcement.Content;
using Enforcement.Loading;

namespace Enforcement.Sample.Tests;

/// <summary>One generated tree of 200 decisions, shared by the tests that only read it.</summary>
public sealed class GeneratedTreeFixture : IDisposable
{
    public const int Decisions = 200;
    public const int Seed = 20261123;
    public static readonly DateOnly Anchor = new(2026, 11, 23);

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "sample-tests-" + Guid.NewGuid().ToString("N"));

    internal SampleManifest Manifest { get; }

    public LoadResult Loaded { get; }

    public PortalContent Content => Loaded.Content ?? throw new InvalidOperationException(string.Join("\n", Loaded.Errors));

    public GeneratedTreeFixture()
    {
        Manifest = SampleGenerator.Write(Dir, Decisions, Seed, Anchor);
        Loaded = ContentLoader.Load(Dir);
    }

    public void Dispose()
    {
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}
